#ifndef DPKREADREPORT_H
#define DPKREADREPORT_H

#include <QList>
#include <QString>
#include <QStringList>

/**
 * \brief A row or record of a source that could not be read, and why.
 */
struct DpkRejectedRow
{
  int line = 0;   //!< 1-based line in the file, or the record's position in a response.
  QString reason; //!< What was wrong, naming the field and what was expected.
};

/**
 * \brief What reading a source produced besides its data: counts, rejections and warnings.
 *
 * A report that is not complete says that part of the source was not read (a cancelled or
 * failed transfer, a truncated file): such a result must not be passed on as whole.
 */
struct DpkReadReport
{
  QString source;                 //!< The file name or URL that was read.
  int rowsRead = 0;               //!< Data rows or records read successfully.
  int footnoteLines = 0;          //!< Lines after the data that were recognised as notes.
  QList<DpkRejectedRow> rejected; //!< Rows that were not read, with reasons.
  QStringList warnings;           //!< Things the user should know that did not stop reading.
  bool complete = true;           //!< False when part of the source was not read.
};

#endif // DPKREADREPORT_H
