#ifndef DPKTESTXLSXWRITER_H
#define DPKTESTXLSXWRITER_H

#include <QList>
#include <QString>
#include <QStringList>

/**
 * \brief Writes real XLSX workbooks for the tests, the way a spreadsheet program stores them.
 *
 * The workbook is a zip archive (written with GDAL's zip writer) holding one sheet whose text
 * cells are shared strings and whose plain numbers are numeric cells with a decimal point; empty
 * cells and blank rows are left out, keeping the row numbers of the others, as Excel does. Codes
 * with a leading zero or more than five digits stay text, as Skolverket's workbooks keep them.
 */
class DpkTestXlsxWriter
{
public:
  //! Writes \a rows as the sheet \a sheetName of a new workbook at \a path; false on failure.
  static bool write( const QString &path, const QList<QStringList> &rows,
                     const QString &sheetName = QStringLiteral( "Skolenhet" ) );
};

#endif // DPKTESTXLSXWRITER_H
