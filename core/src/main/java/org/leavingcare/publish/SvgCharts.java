package org.leavingcare.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Draws a {@link Chart} as inline SVG: no scripts, no external fonts or images, the same bytes
 * for the same chart. Colours are colour-blind-safe (Okabe-Ito; purple-orange for scales), and
 * never the only cue: values are printed on or beside every bar, alternate series are hatched,
 * line series use different point shapes, and the data table follows each chart.
 */
final class SvgCharts {

  private static final int WIDTH = 760;
  private static final int LABEL_WIDTH = 220;
  private static final int PLOT_LEFT = LABEL_WIDTH + 10;
  private static final int PLOT_RIGHT = WIDTH - 60;
  private static final String[] SERIES = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00"};
  private static final String INK = "#1a1a1a";
  private static final String GRID = "#c8c8c8";

  private SvgCharts() {}

  static String draw(Chart chart, String idPrefix, int percentDecimals) {
    switch (chart.type()) {
      case DIVERGING_STACKED:
        return diverging(chart, idPrefix, percentDecimals);
      case BARS:
        return bars(chart, idPrefix, percentDecimals);
      case LINE:
        return line(chart, idPrefix, percentDecimals);
      default:
        throw new IllegalStateException("unknown chart type " + chart.type() + "; this is a bug");
    }
  }

  // ---------------------------------------------------------------- shared pieces

  private static StringBuilder open(String idPrefix, Chart chart, int height) {
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"")
        .append(idPrefix).append("-title ").append(idPrefix).append("-desc\" font-family=\"")
        .append("system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"13\">\n");
    sb.append("<title id=\"").append(idPrefix).append("-title\">").append(Html.escape(chart.title()))
        .append("</title>\n");
    sb.append("<desc id=\"").append(idPrefix).append("-desc\">").append(Html.escape(chart.summary()))
        .append(" The figures are in the table that follows the chart.</desc>\n");
    sb.append("<defs><pattern id=\"").append(idPrefix)
        .append("-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern></defs>\n");
    return sb;
  }

  private static String n(double v) {
    return Formats.number(v, 1);
  }

  private static void text(StringBuilder sb, double x, double y, String anchor, String fill, String text,
      String extra) {
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" fill=\"").append(fill).append('"').append(extra).append('>')
        .append(Html.escape(text)).append("</text>\n");
  }

  private static void rect(StringBuilder sb, double x, double y, double w, double h, String fill) {
    sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>\n");
  }

  private static void lineSeg(StringBuilder sb, double x1, double y1, double x2, double y2, String stroke,
      double width, String extra) {
    sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append('"').append(extra).append("/>\n");
  }

  /** A bar or swatch in a series colour, hatched for odd series so colour is not the only cue. */
  private static void seriesRect(StringBuilder sb, String idPrefix, int series, double x, double y, double w,
      double h) {
    rect(sb, x, y, w, h, SERIES[series % SERIES.length]);
    if (series % 2 == 1) {
      rect(sb, x, y, w, h, "url(#" + idPrefix + "-hatch)");
    }
  }

  /** Wraps a label to lines of at most {@code max} characters. */
  private static List<String> wrap(String label, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static void rowLabel(StringBuilder sb, String label, double centreY) {
    List<String> lines = wrap(label, 30);
    double y = centreY - (lines.size() - 1) * 7.5 + 4.5;
    for (String l : lines) {
      text(sb, LABEL_WIDTH, y, "end", INK, l, "");
      y += 15;
    }
  }

  /** A "nice" tick step giving about {@code target} ticks over the range. */
  static double tickStep(double range, int target) {
    double raw = range / Math.max(1, target);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= raw) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** The unit as an axis caption: its first clause, shortened to fit under the plot. */
  private static String axisCaption(String unit) {
    int semicolon = unit.indexOf(';');
    String caption = semicolon > 0 ? unit.substring(0, semicolon) : unit;
    return caption.length() > 80 ? caption.substring(0, 77) + "..." : caption;
  }

  private static String axisValue(double v, boolean percent) {
    String s = Formats.plain(Math.round(v * 1000) / 1000.0);
    return percent ? s + "%" : s;
  }

  private static void legend(StringBuilder sb, String idPrefix, List<String> names, List<String> colours,
      double y) {
    double x = PLOT_LEFT;
    for (int i = 0; i < names.size(); i++) {
      double w = 14 + 6 + names.get(i).length() * 7.0 + 18;
      if (x + w > WIDTH && x > PLOT_LEFT) {
        x = PLOT_LEFT;
        y += 20;
      }
      if (colours == null) {
        seriesRect(sb, idPrefix, i, x, y - 11, 14, 14);
      } else {
        rect(sb, x, y - 11, 14, 14, colours.get(i));
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y - 11))
            .append("\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"#767676\"/>\n");
      }
      text(sb, x + 20, y, "start", INK, names.get(i), "");
      x += w;
    }
  }

  private static int legendRows(List<String> names) {
    double x = PLOT_LEFT;
    int rows = 1;
    for (String name : names) {
      double w = 14 + 6 + name.length() * 7.0 + 18;
      if (x + w > WIDTH && x > PLOT_LEFT) {
        x = PLOT_LEFT;
        rows++;
      }
      x += w;
    }
    return rows;
  }

  // ---------------------------------------------------------------- diverging stacked bars

  /** Purple-orange diverging colours (after ColorBrewer PuOr), negative to positive, for a scale of n. */
  private static List<String> scaleColours(int negative, boolean neutral, int positive) {
    List<String> colours = new ArrayList<>(side(negative, "#e66101", "#fdb863", "#fdd9a9"));
    if (neutral) {
      colours.add("#d9d9d9");
    }
    List<String> pos = new ArrayList<>(side(positive, "#5e3c99", "#b2abd2", "#d8d4ea"));
    java.util.Collections.reverse(pos);
    colours.addAll(pos);
    return colours;
  }

  /** Colours for one side of a scale, from the strongest (outermost) to the mildest. */
  private static List<String> side(int n, String strong, String middle, String mild) {
    List<String> colours = new ArrayList<>();
    if (n == 1) {
      colours.add(middle);
      return colours;
    }
    colours.add(strong);
    for (int i = 1; i < n - 1; i++) {
      colours.add(middle);
    }
    colours.add(n == 2 ? middle : mild);
    return colours;
  }

  private static boolean darkFill(String colour) {
    return colour.equals("#e66101") || colour.equals("#5e3c99");
  }

  private static String diverging(Chart chart, String idPrefix, int pd) {
    ReportTable t = chart.data();
    int neg = chart.negativeCategories();
    boolean neutral = chart.neutralMidpoint();
    int pos = chart.positiveCategories();
    int scale = neg + (neutral ? 1 : 0) + pos;
    List<String> names = t.columns().subList(0, scale);
    List<String> colours = scaleColours(neg, neutral, pos);
    List<ReportTable.Row> rows = t.rows();
    double half = 0;
    for (ReportTable.Row row : rows) {
      double left = 0;
      double right = 0;
      for (int c = 0; c < scale; c++) {
        double v = row.cells().get(c).value().orElse(0);
        if (c < neg) {
          left += v;
        } else if (neutral && c == neg) {
          left += v / 2;
          right += v / 2;
        } else {
          right += v;
        }
      }
      half = Math.max(half, Math.max(left, right));
    }
    half = Math.min(100, Math.max(25, Math.ceil(half / 25) * 25));
    int legendRows = legendRows(names);
    double top = 20 + legendRows * 20 + 10;
    double rowH = 34;
    double bottom = top + rows.size() * rowH + 36;
    StringBuilder sb = open(idPrefix, chart, (int) Math.ceil(bottom));
    legend(sb, idPrefix, names, colours, 24);
    double plotW = PLOT_RIGHT - PLOT_LEFT;
    double centre = PLOT_LEFT + plotW / 2;
    double scaleX = (plotW / 2) / half;
    double step = half >= 75 ? 25 : half >= 50 ? 25 : 10;
    for (double tick = -half; tick <= half + 1e-9; tick += step) {
      double x = centre + tick * scaleX;
      lineSeg(sb, x, top - 4, x, top + rows.size() * rowH, GRID, 1, "");
      text(sb, x, top + rows.size() * rowH + 16, "middle", INK, axisValue(Math.abs(tick), true), "");
    }
    text(sb, centre - 8, top + rows.size() * rowH + 32, "end", INK, "\u2190 " + String.join(" / ", names.subList(0, neg)), " font-size=\"12\"");
    text(sb, centre + 8, top + rows.size() * rowH + 32, "start", INK,
        String.join(" / ", names.subList(scale - pos, scale)) + " \u2192", " font-size=\"12\"");
    for (int r = 0; r < rows.size(); r++) {
      ReportTable.Row row = rows.get(r);
      double y = top + r * rowH + 6;
      double h = rowH - 12;
      boolean anySuppressed = false;
      for (int c = 0; c < scale; c++) {
        anySuppressed |= row.cells().get(c).isSuppressed();
      }
      rowLabel(sb, row.label() + (anySuppressed ? " " + SuppressionReason.SYMBOL : ""), y + h / 2);
      double neutralV = neutral ? row.cells().get(neg).value().orElse(0) : 0;
      // negative side: from the centre outwards, mildest first
      double x = centre - neutralV / 2 * scaleX;
      for (int c = neg - 1; c >= 0; c--) {
        Cell cell = row.cells().get(c);
        double v = cell.value().orElse(0);
        double w = v * scaleX;
        x -= w;
        segment(sb, x, y, w, h, colours.get(c), cell, pd);
      }
      if (neutral) {
        Cell cell = row.cells().get(neg);
        double w = neutralV * scaleX;
        segment(sb, centre - w / 2, y, w, h, colours.get(neg), cell, pd);
      }
      x = centre + neutralV / 2 * scaleX;
      for (int c = scale - pos; c < scale; c++) {
        Cell cell = row.cells().get(c);
        double w = cell.value().orElse(0) * scaleX;
        segment(sb, x, y, w, h, colours.get(c), cell, pd);
        x += w;
      }
    }
    lineSeg(sb, centre, top - 6, centre, top + rows.size() * rowH + 2, INK, 1.5, "");
    sb.append("</svg>");
    return sb.toString();
  }

  private static void segment(StringBuilder sb, double x, double y, double w, double h, String colour, Cell cell,
      int pd) {
    if (w <= 0) {
      return;
    }
    rect(sb, x, y, w, h, colour);
    sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
    String label = Formats.percent(cell.value().orElse(0), pd);
    if (w >= label.length() * 7.5 + 4) {
      text(sb, x + w / 2, y + h / 2 + 4.5, "middle", darkFill(colour) ? "#ffffff" : INK, label, "");
    }
  }

  // ---------------------------------------------------------------- bars with intervals

  private static boolean allPercent(ReportTable t) {
    for (ReportTable.Row row : t.rows()) {
      for (Cell cell : row.cells()) {
        if (cell.kind() != Cell.Kind.PERCENT && cell.kind() != Cell.Kind.NOT_APPLICABLE) {
          return false;
        }
      }
    }
    return true;
  }

  private static double[] domain(ReportTable t, boolean percent, OptionalDouble reference) {
    double lo = 0;
    double hi = percent ? 0 : 1;
    for (ReportTable.Row row : t.rows()) {
      for (Cell cell : row.cells()) {
        if (cell.value().isPresent()) {
          lo = Math.min(lo, cell.value().getAsDouble());
          hi = Math.max(hi, cell.value().getAsDouble());
        }
        if (cell.interval().isPresent()) {
          lo = Math.min(lo, cell.interval().get().lower());
          hi = Math.max(hi, cell.interval().get().upper());
        }
      }
    }
    if (reference.isPresent()) {
      lo = Math.min(lo, reference.getAsDouble());
      hi = Math.max(hi, reference.getAsDouble());
    }
    if (percent) {
      return new double[] {0, Math.min(100, Math.max(10, Math.ceil(hi / 10) * 10))};
    }
    double step = tickStep(hi - lo, 5);
    return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step};
  }

  private static String bars(Chart chart, String idPrefix, int pd) {
    ReportTable t = chart.data();
    List<ReportTable.Row> rows = t.rows();
    List<String> series = t.headers();
    int k = series.size();
    boolean percent = allPercent(t);
    double[] dom = domain(t, percent, OptionalDouble.empty());
    int legendRows = k > 1 ? legendRows(series) : 0;
    double top = 16 + legendRows * 20 + (k > 1 ? 10 : 0);
    double barH = 18;
    double groupH = k * (barH + 4) + 14;
    double plotBottom = top + rows.size() * groupH;
    double height = plotBottom + 40;
    StringBuilder sb = open(idPrefix, chart, (int) Math.ceil(height));
    if (k > 1) {
      legend(sb, idPrefix, series, null, 24);
    }
    double plotW = PLOT_RIGHT - PLOT_LEFT;
    double scaleX = plotW / (dom[1] - dom[0]);
    double step = tickStep(dom[1] - dom[0], 5);
    for (double tick = dom[0]; tick <= dom[1] + 1e-9; tick += step) {
      double x = PLOT_LEFT + (tick - dom[0]) * scaleX;
      lineSeg(sb, x, top - 4, x, plotBottom, GRID, 1, "");
      text(sb, x, plotBottom + 16, "middle", INK, axisValue(tick, percent), "");
    }
    text(sb, PLOT_LEFT + plotW / 2, plotBottom + 34, "middle", INK, axisCaption(t.unit()), " font-size=\"12\"");
    double zero = PLOT_LEFT + (0 - dom[0]) * scaleX;
    for (int r = 0; r < rows.size(); r++) {
      ReportTable.Row row = rows.get(r);
      double gy = top + r * groupH + 7;
      rowLabel(sb, row.label(), gy + (k * (barH + 4) - 4) / 2);
      for (int s = 0; s < k; s++) {
        Cell cell = row.cells().get(s);
        double y = gy + s * (barH + 4);
        String label;
        double end;
        if (cell.value().isPresent()) {
          double v = cell.value().getAsDouble();
          double x0 = Math.min(zero, zero + v * scaleX);
          double w = Math.abs(v * scaleX);
          seriesRect(sb, idPrefix, s, x0, y, Math.max(w, 0.5), barH);
          end = zero + v * scaleX;
          if (cell.interval().isPresent()) {
            Interval ci = cell.interval().get();
            double a = PLOT_LEFT + (ci.lower() - dom[0]) * scaleX;
            double b = PLOT_LEFT + (ci.upper() - dom[0]) * scaleX;
            double cy = y + barH / 2;
            lineSeg(sb, a, cy, b, cy, INK, 1.5, "");
            lineSeg(sb, a, cy - 5, a, cy + 5, INK, 1.5, "");
            lineSeg(sb, b, cy - 5, b, cy + 5, INK, 1.5, "");
            end = v >= 0 ? Math.max(end, b) : Math.min(end, a);
          }
          label = Formats.value(cell, pd);
        } else {
          end = zero;
          label = Formats.value(cell, pd);
        }
        if (cell.value().isPresent() && cell.value().getAsDouble() < 0) {
          // A negative bar's label goes right of the zero line (or its interval), clear of the row labels.
          end = zero;
          if (cell.interval().isPresent()) {
            end = Math.max(zero, PLOT_LEFT + (cell.interval().get().upper() - dom[0]) * scaleX);
          }
        }
        text(sb, end + 5, y + barH / 2 + 4.5, "start", INK, label, "");
      }
    }
    lineSeg(sb, zero, top - 4, zero, plotBottom, INK, 1.5, "");
    sb.append("</svg>");
    return sb.toString();
  }

  // ---------------------------------------------------------------- line chart

  private static String line(Chart chart, String idPrefix, int pd) {
    ReportTable t = chart.data();
    List<ReportTable.Row> rows = t.categoryRows();
    List<String> series = t.headers();
    int k = series.size();
    boolean percent = allPercent(t);
    double[] dom = domain(t, percent, chart.referenceLine());
    List<Double> xs = chart.x();
    double xMin = xs.get(0);
    double xMax = xs.get(xs.size() - 1);
    int legendRows = legendRows(series);
    double top = 16 + legendRows * 20 + 14;
    double plotH = 260;
    double plotBottom = top + plotH;
    double left = 80;
    double right = PLOT_RIGHT;
    StringBuilder sb = open(idPrefix, chart, (int) Math.ceil(plotBottom + 46));
    legend(sb, idPrefix, series, null, 24);
    double sx = (right - left) / (xMax - xMin);
    double sy = plotH / (dom[1] - dom[0]);
    double step = tickStep(dom[1] - dom[0], 5);
    for (double tick = dom[0]; tick <= dom[1] + 1e-9; tick += step) {
      double y = plotBottom - (tick - dom[0]) * sy;
      lineSeg(sb, left, y, right, y, GRID, 1, "");
      text(sb, left - 6, y + 4.5, "end", INK, axisValue(tick, percent), "");
    }
    for (int i = 0; i < rows.size(); i++) {
      double x = left + (xs.get(i) - xMin) * sx;
      lineSeg(sb, x, plotBottom, x, plotBottom + 5, INK, 1, "");
      text(sb, x, plotBottom + 18, "middle", INK, rows.get(i).label(), "");
    }
    text(sb, (left + right) / 2, plotBottom + 38, "middle", INK, chart.xLabel(), " font-size=\"12\"");
    lineSeg(sb, left, plotBottom, right, plotBottom, INK, 1.5, "");
    if (chart.referenceLine().isPresent()) {
      double ref = chart.referenceLine().getAsDouble();
      double y = plotBottom - (ref - dom[0]) * sy;
      lineSeg(sb, left, y, right, y, INK, 1.5, " stroke-dasharray=\"6 4\"");
      text(sb, right, y - 6, "end", INK, axisValue(ref, percent), "");
    }
    for (int s = 0; s < k; s++) {
      String colour = SERIES[s % SERIES.length];
      StringBuilder upper = new StringBuilder();
      StringBuilder lower = new StringBuilder();
      boolean ribbon = true;
      for (int i = 0; i < rows.size(); i++) {
        Cell cell = rows.get(i).cells().get(s);
        if (cell.interval().isEmpty()) {
          ribbon = false;
          break;
        }
        double x = left + (xs.get(i) - xMin) * sx;
        upper.append(upper.length() == 0 ? "" : " ").append(n(x)).append(',')
            .append(n(plotBottom - (cell.interval().get().upper() - dom[0]) * sy));
        lower.insert(0, n(x) + "," + n(plotBottom - (cell.interval().get().lower() - dom[0]) * sy) + " ");
      }
      if (ribbon) {
        sb.append("<polygon points=\"").append(upper).append(' ').append(lower.toString().trim())
            .append("\" fill=\"").append(colour).append("\" fill-opacity=\"0.18\" stroke=\"none\"/>\n");
      }
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < rows.size(); i++) {
        Cell cell = rows.get(i).cells().get(s);
        if (cell.value().isEmpty()) {
          continue;
        }
        double x = left + (xs.get(i) - xMin) * sx;
        double y = plotBottom - (cell.value().getAsDouble() - dom[0]) * sy;
        path.append(path.length() == 0 ? "M" : " L").append(n(x)).append(' ').append(n(y));
      }
      if (path.length() > 0) {
        sb.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
            .append("\" stroke-width=\"2.5\"").append(s % 2 == 1 ? " stroke-dasharray=\"8 4\"" : "").append("/>\n");
      }
      for (int i = 0; i < rows.size(); i++) {
        Cell cell = rows.get(i).cells().get(s);
        if (cell.value().isEmpty()) {
          continue;
        }
        double x = left + (xs.get(i) - xMin) * sx;
        double y = plotBottom - (cell.value().getAsDouble() - dom[0]) * sy;
        marker(sb, s, x, y, colour);
      }
    }
    sb.append("</svg>");
    return sb.toString();
  }

  /** A point marker whose shape differs by series (circle, square, triangle, diamond). */
  private static void marker(StringBuilder sb, int series, double x, double y, String colour) {
    switch (series % 4) {
      case 0:
        sb.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"4.5\" fill=\"")
            .append(colour).append("\"/>\n");
        break;
      case 1:
        rect(sb, x - 4, y - 4, 8, 8, colour);
        break;
      case 2:
        sb.append("<polygon points=\"").append(n(x)).append(',').append(n(y - 5)).append(' ').append(n(x + 5))
            .append(',').append(n(y + 4)).append(' ').append(n(x - 5)).append(',').append(n(y + 4))
            .append("\" fill=\"").append(colour).append("\"/>\n");
        break;
      default:
        sb.append("<polygon points=\"").append(n(x)).append(',').append(n(y - 5)).append(' ').append(n(x + 5))
            .append(',').append(n(y)).append(' ').append(n(x)).append(',').append(n(y + 5)).append(' ')
            .append(n(x - 5)).append(',').append(n(y)).append("\" fill=\"").append(colour).append("\"/>\n");
    }
  }
}
