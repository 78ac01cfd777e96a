/**
 * Helpers of the SSDA903 reader, not exported: the CSV parser ({@code CsvReader}), cell
 * normalisation ({@code Cells}), row checks shared by CSV and XML ({@code RowParser},
 * {@code XmlReturnReader}) with codes matched from bytes ({@code CodeTable}), the compact row store
 * ({@code Store}, {@code Rows}) with children as dense indices ({@code ChildIndex}), the cross-table
 * checks ({@code Finisher}), issue collection ({@code Issues}) and one child's rows for the cohort
 * pass with the bridge to the law model ({@code ChildRows}).
 */
@NullMarked
package org.leavingcare.ssda903.internal;

import org.jspecify.annotations.NullMarked;
