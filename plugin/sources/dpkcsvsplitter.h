#ifndef DPKCSVSPLITTER_H
#define DPKCSVSPLITTER_H

#include "dpkexporttable.h"

#include <QChar>
#include <QString>

/**
 * \brief Splits the text of a delimited file into rows of cells, keeping each row's line number.
 *
 * A cell may be quoted with double quotes, and a quoted cell may hold the separator, line breaks
 * and doubled quotes. A quote inside an unquoted cell is an ordinary character, so a footnote
 * such as 'the "~100" mark' cannot swallow the rest of the file. Line breaks may be LF, CRLF or
 * CR. The last row is marked incomplete when the text ends without a line break after it or
 * inside a quoted cell, which is how a cut-off download shows itself.
 */
class DpkCsvSplitter
{
public:
  //! Returns the rows of \a text, whose cells are separated by \a separator.
  static DpkExportTable split( const QString &text, QChar separator = QLatin1Char( ';' ) );
};

#endif // DPKCSVSPLITTER_H
