package dev.finchat.tools.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code results.json} for tools, and {@code report.html} for people: the same figures. */
final class Report {

  /** Where the percentile curves are drawn, from the median to the worst. */
  private static final double[] CURVE = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 99.9, 100};

  private Report() {}

  static String json(List<Measurement> measurements, Map<String, String> machine) {
    String rows =
        measurements.stream()
            .flatMap(measurement -> measurement.figures().stream())
            .map(
                figure ->
                    String.format(
                        Locale.ROOT,
                        "    {\"name\": %s, \"unit\": %s, \"value\": %s, \"baseline\": %s, \"ratio\": %s}",
                        quote(figure.name()),
                        quote(figure.unit()),
                        number(figure.value()),
                        number(figure.baseline()),
                        number(figure.ratio())))
            .collect(Collectors.joining(",\n"));
    String hops =
        measurements.stream()
            .flatMap(
                measurement ->
                    measurement.hops().stream()
                        .map(
                            hop ->
                                String.format(
                                    Locale.ROOT,
                                    "    {\"metric\": %s, \"hop\": %s, \"what\": %s, \"p50\": %s, \"p99\": %s}",
                                    quote(measurement.metric()),
                                    quote(hop.name()),
                                    quote(hop.what()),
                                    number(hop.latencies().percentileMillis(50)),
                                    number(hop.latencies().percentileMillis(99)))))
            .collect(Collectors.joining(",\n"));
    return "{\n  \"machine\": "
        + machine.entrySet().stream()
            .map(entry -> quote(entry.getKey()) + ": " + quote(entry.getValue()))
            .collect(Collectors.joining(", ", "{", "}"))
        + ",\n  \"results\": [\n"
        + rows
        + "\n  ],\n  \"breakdown_ms\": [\n"
        + hops
        + "\n  ]\n}\n";
  }

  static String html(List<Measurement> measurements, Map<String, String> machine) {
    var page = new StringBuilder();
    page.append(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>finchat benchmark</title><style>")
        .append(
            "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1d2330}")
        .append(
            "table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{padding:.2rem .7rem;border-bottom:1px solid #e4e7ec;text-align:right}")
        .append(
            "th:first-child,td:first-child{text-align:left}.system{stroke:#0b6bcb}.baseline{stroke:#98a2b3;stroke-dasharray:4 3}")
        .append(
            "svg text{font-size:11px;fill:#667085}pre{white-space:pre-wrap}.legend span{margin-right:1rem}</style></head><body>")
        .append("<h1>finchat benchmark</h1><p>")
        .append(
            escape(
                machine.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(" · "))))
        .append("</p>");
    for (var measurement : measurements) {
      page.append("<h2>")
          .append(escape(measurement.metric()))
          .append("</h2><p>")
          .append(escape(measurement.title()))
          .append(
              "</p><table><tr><th>figure</th><th>finchat</th><th>baseline</th><th>ratio</th></tr>");
      for (var figure : measurement.figures()) {
        page.append(
            String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td>%.2f %s</td><td>%.2f %s</td><td>%.2f</td></tr>",
                escape(figure.name()),
                figure.value(),
                figure.unit(),
                figure.baseline(),
                figure.unit(),
                figure.ratio()));
      }
      page.append(
          String.format(
              Locale.ROOT,
              "</table><p>operations: finchat %d answered, %d failed; baseline %d answered, %d failed</p>",
              measurement.system().count(),
              measurement.system().failures(),
              measurement.baseline().count(),
              measurement.baseline().failures()));
      page.append(curves(measurement));
      page.append(breakdown(measurement));
      if (!measurement.notes().isEmpty()) {
        page.append("<pre>")
            .append(escape(String.join("\n", measurement.notes())))
            .append("</pre>");
      }
    }
    return page.append("</body></html>\n").toString();
  }

  /** Where the time of one operation goes, hop by hop. */
  private static String breakdown(Measurement measurement) {
    if (measurement.hops().isEmpty()) {
      return "";
    }
    var table =
        new StringBuilder(
            "<h3>Where the time goes</h3><table><tr><th>hop</th><th>p50</th><th>p99</th><th>from → to</th></tr>");
    for (var hop : measurement.hops()) {
      table.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td>%.2f ms</td><td>%.2f ms</td><td style=\"text-align:left\">%s</td></tr>",
              escape(hop.name()),
              hop.latencies().percentileMillis(50),
              hop.latencies().percentileMillis(99),
              escape(hop.what())));
    }
    return table.append("</table>").toString();
  }

  /** Latency (ms) at each percentile of {@link #CURVE}, for finchat and its baseline. */
  private static String curves(Measurement measurement) {
    int width = 640, height = 260, left = 50, bottom = 30, top = 10;
    double max =
        Math.max(
            measurement.system().percentileMillis(100),
            measurement.baseline().percentileMillis(100));
    if (!(max > 0)) {
      return "<p>No latencies were recorded.</p>";
    }
    var svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"latency by percentile\">",
                width,
                height,
                width,
                height));
    for (int i = 0; i <= 4; i++) {
      double y = top + (height - top - bottom) * i / 4.0;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eef0f3\"/><text x=\"4\" y=\"%.1f\">%.1f ms</text>",
              left,
              width,
              y,
              y,
              y + 4,
              max * (4 - i) / 4.0));
    }
    for (int i = 0; i < CURVE.length; i++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">p%s</text>",
              x(i, width, left) - 8,
              height - 8,
              label(CURVE[i])));
    }
    svg.append(polyline(measurement.baseline(), "baseline", max, width, height, left, bottom, top));
    svg.append(polyline(measurement.system(), "system", max, width, height, left, bottom, top));
    return svg.append(
            "</svg><p class=\"legend\"><span style=\"color:#0b6bcb\">── finchat</span><span style=\"color:#98a2b3\">- - baseline</span></p>")
        .toString();
  }

  private static String polyline(
      Latencies latencies,
      String cls,
      double max,
      int width,
      int height,
      int left,
      int bottom,
      int top) {
    var points = new StringBuilder();
    for (int i = 0; i < CURVE.length; i++) {
      double y = top + (height - top - bottom) * (1 - latencies.percentileMillis(CURVE[i]) / max);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, width, left), y));
    }
    return "<polyline class=\""
        + cls
        + "\" fill=\"none\" stroke-width=\"2\" points=\""
        + points.toString().trim()
        + "\"/>";
  }

  private static double x(int index, int width, int left) {
    return left + (width - left - 20) * index / (double) (CURVE.length - 1);
  }

  private static String label(double percentile) {
    return percentile == Math.rint(percentile)
        ? String.valueOf((int) percentile)
        : String.valueOf(percentile);
  }

  private static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
