package org.leavingcare.ssda903.internal;

/** The rows kept from each table, in compact form (dates as epoch days). */
public final class Rows {

  private Rows() {}

  /** Epoch day meaning "no end date". */
  public static final int OPEN = Integer.MAX_VALUE;

  /** A Header row. */
  public static final class HeaderRow {
    /** Date of birth, epoch day. */
    public final int dob;
    /** SEX, or empty. */
    public final String sex;
    /** Where it came from. */
    public final String file;
    /** Line in the file. */
    public final long line;

    HeaderRow(int dob, String sex, String file, long line) {
      this.dob = dob;
      this.sex = sex;
      this.file = file;
      this.line = line;
    }
  }

  /** An Episodes row. */
  public static final class EpisodeRow {
    /** DECOM, epoch day. */
    public final int start;
    /** DEC, epoch day, or {@link #OPEN}. */
    public int end;
    /** Codes; empty when blank or rejected. */
    public final String rne;
    /** LS. */
    public final String ls;
    /** CIN. */
    public final String cin;
    /** PLACE. */
    public final String place;
    /** PLACE_PROVIDER. */
    public final String provider;
    /** REC. */
    public String rec;
    /** REASON_PLACE_CHANGE. */
    public final String rpc;
    /** Index of the file in reading order (later files are newer submissions). */
    public final int fileIndex;
    /** Where it came from. */
    public final String file;
    /** Line in the file. */
    public final long line;

    EpisodeRow(int start, int end, String rne, String ls, String cin, String place, String provider,
        String rec, String rpc, int fileIndex, String file, long line) {
      this.start = start;
      this.end = end;
      this.rne = rne;
      this.ls = ls;
      this.cin = cin;
      this.place = place;
      this.provider = provider;
      this.rec = rec;
      this.rpc = rpc;
      this.fileIndex = fileIndex;
      this.file = file;
      this.line = line;
    }

    /** @return whether everything but the source is the same */
    boolean sameAs(EpisodeRow o) {
      return start == o.start && end == o.end && rne.equals(o.rne) && ls.equals(o.ls) && cin.equals(o.cin)
          && place.equals(o.place) && provider.equals(o.provider) && rec.equals(o.rec) && rpc.equals(o.rpc);
    }
  }

  /** A Reviews row. */
  public static final class ReviewRow {
    /** REVIEW, epoch day. */
    public final int date;
    /** REVIEW_CODE, or empty. */
    public final String code;

    ReviewRow(int date, String code) {
      this.date = date;
      this.code = code;
    }
  }

  /** An OC3 row. */
  public static final class Oc3 {
    /** DOB from OC3, epoch day, or {@link Cells#NOT_A_DATE}. */
    public final int dob;
    /** IN_TOUCH, or empty. */
    public final String inTouch;
    /** ACTIV, or empty. */
    public final String activ;
    /** ACCOM, or empty. */
    public final String accom;
    /** Where it came from. */
    public final String file;
    /** Line in the file. */
    public final long line;

    Oc3(int dob, String inTouch, String activ, String accom, String file, long line) {
      this.dob = dob;
      this.inTouch = inTouch;
      this.activ = activ;
      this.accom = accom;
      this.file = file;
      this.line = line;
    }
  }

  /** A date of birth seen in a table other than Header, for the cross-table check. */
  public static final class DobSeen {
    /** Epoch day. */
    public final int dob;
    /** Where it came from. */
    public final String file;
    /** Line in the file. */
    public final long line;

    DobSeen(int dob, String file, long line) {
      this.dob = dob;
      this.file = file;
      this.line = line;
    }
  }
}
