#ifndef DPKEXPORTTABLE_H
#define DPKEXPORTTABLE_H

#include "dpkexportrow.h"

#include <QList>
#include <QString>

/**
 * \brief All rows of one statistics export (a CSV file or one sheet of a workbook), in order.
 */
struct DpkExportTable
{
  QString name;             //!< The sheet's name for a workbook; empty for a CSV file.
  QList<DpkExportRow> rows; //!< Every row, blank ones included, preamble to footnotes.
};

#endif // DPKEXPORTTABLE_H
