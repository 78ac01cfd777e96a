package org.leavingcare.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leavingcare.time.HolidayCalendar.Coverage;

/**
 * The England and Wales bank and public holidays bundled with the library (LAW.md §3.5): weekdays
 * that are not working days under the Banking and Financial Dealings Act 1971, plus Christmas Day
 * and Good Friday. 2011-2027 are the published dates (including 29 April 2011, 4-5 June 2012,
 * 2-3 June and 19 September 2022, 8 May 2023); 2028-2030 are projected from the usual pattern
 * and liable to be moved by proclamation.
 */
final class EnglandAndWalesBankHolidays {

  private EnglandAndWalesBankHolidays() {}

  static final HolidayCalendar CALENDAR = HolidayCalendar.builder("England and Wales 2011-2030")
        .year(2011, Coverage.EXTENSION, dates("2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27")) // published
        .year(2012, Coverage.EXTENSION, dates("2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26")) // published
        .year(2013, Coverage.EXTENSION, dates("2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26", "2013-12-25", "2013-12-26")) // published
        .year(2014, Coverage.EXTENSION, dates("2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26")) // published
        .year(2015, Coverage.EXTENSION, dates("2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28")) // published
        .year(2016, Coverage.EXTENSION, dates("2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27")) // published
        .year(2017, Coverage.EXTENSION, dates("2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26")) // published
        .year(2018, Coverage.EXTENSION, dates("2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26")) // published
        .year(2019, Coverage.EXTENSION, dates("2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26")) // published
        .year(2020, Coverage.REFERENCE, dates("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28")) // published
        .year(2021, Coverage.REFERENCE, dates("2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28")) // published
        .year(2022, Coverage.REFERENCE, dates("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27")) // published
        .year(2023, Coverage.REFERENCE, dates("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26")) // published
        .year(2024, Coverage.REFERENCE, dates("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26")) // published
        .year(2025, Coverage.REFERENCE, dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26")) // published
        .year(2026, Coverage.REFERENCE, dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")) // published
        .year(2027, Coverage.REFERENCE, dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")) // published
        .year(2028, Coverage.EXTENSION, dates("2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26")) // projected
        .year(2029, Coverage.EXTENSION, dates("2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26")) // projected
        .year(2030, Coverage.EXTENSION, dates("2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26")) // projected
        .build();

  private static List<LocalDate> dates(String... iso) {
    List<LocalDate> out = new ArrayList<>(iso.length);
    for (String s : iso) {
      out.add(LocalDate.parse(s));
    }
    return out;
  }
}
