#ifndef DPKEXPORTROW_H
#define DPKEXPORTROW_H

#include <QStringList>

/**
 * \brief One row of a statistics export as cells of text, before any meaning is given to them.
 *
 * CSV and XLSX exports are both turned into rows like this, so that finding the header, the
 * period, the data and the footnotes is done once for both formats.
 */
struct DpkExportRow
{
  int line = 0;         //!< 1-based line (CSV) or spreadsheet row (XLSX) where the row starts.
  int lastLine = 0;     //!< Line where the row ends; later than line when a quoted cell spans
                        //!< lines.
  QStringList cells;    //!< The cells, unquoted.
  bool complete = true; //!< False when the file ends inside the row: no line break after it,
                        //!< or a quoted cell that is never closed.

  //! Returns true when every cell is empty or white space: a separator line.
  bool isBlank() const
  {
    for ( const QString &cell : cells )
    {
      if ( !cell.trimmed().isEmpty() )
        return false;
    }
    return true;
  }
};

#endif // DPKEXPORTROW_H
