package dev.finchat.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.finchat.amqp.CommandProtocol;
import dev.finchat.tools.Probe;
import java.io.File;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bots as deployed: the EJB module of {@code bots.ear} on Payara Micro with the AMQP adapter,
 * answering commands sent through the real broker, with quotes from the providers' stub.
 */
@ExtendWith(ArquillianExtension.class)
class BotsIT {

  /** Generous for the first command: the bean may still be connecting to the broker. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static Probe bots;

  /** Payara Micro has no EAR deployer: deploy the EJB module that bots.ear carries. */
  @Deployment(testable = false)
  static JavaArchive bots() {
    var ear =
        ShrinkWrap.create(ZipImporter.class, "bots.ear")
            .importFrom(new File(TestSystem.deployDir(), "bots.ear"))
            .as(EnterpriseArchive.class);
    // Named afresh: the module's name inside the EAR is a path ("/bots-ejb.jar").
    return ShrinkWrap.create(JavaArchive.class, "bots.jar")
        .merge(ear.getAsType(JavaArchive.class, "bots-ejb.jar"));
  }

  @BeforeAll
  static void connect() throws Exception {
    bots = new Probe(TestSystem.brokerUrl());
  }

  @AfterAll
  static void disconnect() throws Exception {
    bots.close();
  }

  @Test
  void answersAStockCommandWithTheClosePrice() throws Exception {
    var reply = bots.ask("stock", "AAPL.US", PATIENCE).orElseThrow();

    assertEquals("AAPL.US quote is $232.87 per share.", reply.text());
    assertEquals(CommandProtocol.QUOTE, reply.outcome());
  }

  @Test
  void saysSoWhenTheProviderKnowsNoSuchSymbol() throws Exception {
    var reply = bots.ask("stock", "NOSUCH.US", PATIENCE).orElseThrow();

    assertEquals("No quote found for NOSUCH.US.", reply.text());
    assertEquals(CommandProtocol.ERROR, reply.outcome());
  }

  @Test
  void neverTakesAnHtmlPageForAPrice() throws Exception {
    var reply = bots.ask("stock", "HTML.US", PATIENCE).orElseThrow();

    assertEquals("The quote service is unavailable, try again in a moment.", reply.text());
  }

  @Test
  void explainsAMalformedCodeWithAnExample() throws Exception {
    var reply = bots.ask("stock", "a b", PATIENCE).orElseThrow();

    assertEquals(
        "\"a b\" is not a stock code: use letters, digits and dots. For example: /stock=AAPL.US",
        reply.text());
  }

  @Test
  void answersADayRangeCommandWithTheDaysLowAndHigh() throws Exception {
    var reply = bots.ask("day_range", "AAPL.US", PATIENCE).orElseThrow();

    assertEquals("AAPL.US day range: low $229.02, high $233.45.", reply.text());
    assertEquals(CommandProtocol.QUOTE, reply.outcome());
  }

  @Test
  void theDayRangeBotSaysSoWhenFinnhubKnowsNoSuchSymbolOrAnswersGarbage() throws Exception {
    assertEquals(
        "No quote found for NOSUCH.US.",
        bots.ask("day_range", "NOSUCH.US", PATIENCE).orElseThrow().text());
    assertEquals(
        "The quote service is unavailable, try again in a moment.",
        bots.ask("day_range", "TRUNCATED.US", PATIENCE).orElseThrow().text());
  }
}
