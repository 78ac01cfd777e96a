package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.Nullable;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.leavingcare.ssda903.IssueKind;
import org.leavingcare.ssda903.Severity;
import org.leavingcare.ssda903.Ssda903Table;

/**
 * Reads the XML form of the return (root {@code EXPSSDA903}, one {@code CHILD} per child,
 * SSDA903.md §2.2) into the same rows as the CSV tables, through the same {@link RowParser}. XML
 * {@code CHILDID} is CSV {@code CHILD}, {@code PL} is {@code PLACE}; the UASC flag becomes a UASC
 * row. DTDs and external entities are refused.
 */
public final class XmlReturnReader {

  private final RowParser parser;
  private final Issues issues;
  private final boolean episodesOnly;
  /** Rows read and rejected per table, indexed by ordinal. */
  private final long[] read = new long[Ssda903Table.values().length];
  private final long[] rejected = new long[Ssda903Table.values().length];

  /**
   * A reader feeding a parser.
   *
   * @param parser the row parser
   * @param issues where issues go
   * @param episodesOnly whether to read only episodes (an earlier year's return), counting the rest
   */
  public XmlReturnReader(RowParser parser, Issues issues, boolean episodesOnly) {
    this.parser = parser;
    this.issues = issues;
    this.episodesOnly = episodesOnly;
  }

  /** @return rows read per table (by ordinal) */
  public long[] read() {
    return read;
  }

  /** @return rows rejected per table (by ordinal) */
  public long[] rejected() {
    return rejected;
  }

  /**
   * Reads one file.
   *
   * @param in the bytes
   * @param fileIndex the file's position in reading order
   * @param file the file's name
   * @return true if the whole file was read; false if it was malformed (rows before the fault are kept)
   */
  public boolean read(InputStream in, int fileIndex, String file) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    @Nullable XMLStreamReader x = null;
    try {
      x = f.createXMLStreamReader(in);
      while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
        // skip the prolog
      }
      if (!x.isStartElement() || !"EXPSSDA903".equals(x.getLocalName())) {
        issues.add(file, 0, "", x.isStartElement() ? x.getLocalName() : "", "", Severity.FILE_REJECTED,
            IssueKind.MALFORMED_XML, "the root element is not EXPSSDA903; the file was not read.");
        return false;
      }
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT && "CHILD".equals(x.getLocalName())) {
          child(x, fileIndex, file);
        }
      }
      return true;
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      issues.add(file, line, "", "", "", Severity.FILE_REJECTED, IssueKind.MALFORMED_XML,
          "the XML is malformed here; children before this point were read, the rest of the file was not.");
      return false;
    } finally {
      if (x != null) {
        try {
          x.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over a stream the caller closes
        }
      }
    }
  }

  private void child(XMLStreamReader x, int fileIndex, String file) throws XMLStreamException {
    long childLine = x.getLocation().getLineNumber();
    Map<String, String> header = new HashMap<>();
    List<Map<String, String>> episodes = new ArrayList<>();
    List<Long> episodeLines = new ArrayList<>();
    List<Map<String, String>> reviews = new ArrayList<>();
    List<Long> reviewLines = new ArrayList<>();
    int depth = 1;
    @Nullable Map<String, String> group = null;
    String groupName = "";
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = x.getLocalName();
        depth++;
        if ("EPISODE".equals(name) || "AREVIEW".equals(name) || "AMISSING".equals(name)
            || "PERMANENCE".equals(name) || "OC2".equals(name) || "AD_PLACED".equals(name)) {
          group = new HashMap<>();
          groupName = name;
          if ("EPISODE".equals(name)) {
            episodes.add(group);
            episodeLines.add((long) x.getLocation().getLineNumber());
          } else if ("AREVIEW".equals(name)) {
            reviews.add(group);
            reviewLines.add((long) x.getLocation().getLineNumber());
          } else {
            count(unusedTable(name));
          }
        } else if (!"HEADER".equals(name)) {
          String text = x.getElementText(); // leaves the reader on the END_ELEMENT
          depth--;
          (group != null ? group : header).put(name, text);
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (x.getLocalName().equals(groupName)) {
          group = null;
          groupName = "";
        }
      }
    }
    String id = header.getOrDefault("CHILDID", "");
    if (header.containsKey("DATE_INT") || header.containsKey("DATE_MATCH")) {
      count(Ssda903Table.AD1);
    }
    emit(Ssda903Table.HEADER, new String[] {id, v(header, "SEX"), v(header, "DOB"), v(header, "ETHNIC"),
        v(header, "UPN"), v(header, "MOTHER"), v(header, "MC_DOB")}, fileIndex, file, childLine);
    if ("1".equals(v(header, "UASC").strip())) {
      emit(Ssda903Table.UASC, new String[] {id, v(header, "SEX"), v(header, "DOB"), v(header, "DUC")},
          fileIndex, file, childLine);
    }
    if (header.containsKey("IN_TOUCH") || header.containsKey("ACTIV") || header.containsKey("ACCOM")) {
      emit(Ssda903Table.OC3, new String[] {id, v(header, "DOB"), v(header, "IN_TOUCH"), v(header, "ACTIV"),
          v(header, "ACCOM")}, fileIndex, file, childLine);
    }
    for (int i = 0; i < reviews.size(); i++) {
      Map<String, String> r = reviews.get(i);
      emit(Ssda903Table.REVIEWS, new String[] {id, v(header, "DOB"), v(r, "REVIEW"), v(r, "REVIEW_CODE")},
          fileIndex, file, reviewLines.get(i));
    }
    for (int i = 0; i < episodes.size(); i++) {
      Map<String, String> e = episodes.get(i);
      emit(Ssda903Table.EPISODES, new String[] {id, v(e, "DECOM"), v(e, "RNE"), v(e, "LS"), v(e, "CIN"),
          v(e, "PL"), v(e, "PLACE_PROVIDER"), v(e, "DEC"), v(e, "REC"), v(e, "REASON_PLACE_CHANGE"),
          v(e, "HOME_POST"), v(e, "PL_POST"), v(e, "URN")}, fileIndex, file, episodeLines.get(i));
    }
  }

  private static Ssda903Table unusedTable(String element) {
    switch (element) {
      case "AMISSING":
        return Ssda903Table.MISSING;
      case "PERMANENCE":
        return Ssda903Table.PREV_PERM;
      case "OC2":
        return Ssda903Table.OC2;
      default:
        return Ssda903Table.PLACED_ADOPTION;
    }
  }

  private void count(Ssda903Table t) {
    read[t.ordinal()]++;
  }

  private void emit(Ssda903Table t, String[] cells, int fileIndex, String file, long line) {
    read[t.ordinal()]++;
    if (episodesOnly && t != Ssda903Table.EPISODES) {
      return;
    }
    if (!parser.parse(t, cells, fileIndex, file, line)) {
      rejected[t.ordinal()]++;
    }
  }

  private static String v(Map<String, String> m, String k) {
    return m.getOrDefault(k, "");
  }
}
