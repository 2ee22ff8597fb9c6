#ifndef DPKXLSXREADER_H
#define DPKXLSXREADER_H

#include "dpkexporttable.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * \brief Reads the sheets of an XLSX workbook as rows of text cells, through GDAL/OGR.
 *
 * A statistics export has a preamble above its header row, so OGR must not take the first row
 * as field names, and codes such as "0180" and marks such as "." must stay text rather than
 * become numbers. The reader asks OGR's XLSX driver for exactly that: no header detection and
 * string fields only. Each row keeps its spreadsheet row number, blank rows included.
 */
class DpkXlsxReader
{
  Q_DECLARE_TR_FUNCTIONS( DpkXlsxReader )

public:
  //! Returns the sheets of the workbook at \a path, in order, or an error naming the file.
  static DpkResult<QList<DpkExportTable>> readSheets( const QString &path );
};

#endif // DPKXLSXREADER_H
