package dev.finchat.bots.quotes.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day's prices of a symbol, as a provider reported them. */
public record Quote(
    String symbol,
    LocalDate date,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close) {}
