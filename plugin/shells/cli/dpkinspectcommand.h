#ifndef DPKINSPECTCOMMAND_H
#define DPKINSPECTCOMMAND_H

#include "dpkcommand.h"
#include "dpkdataset.h"
#include "dpkindicator.h"

#include <QCoreApplication>
#include <QJsonObject>

/**
 * \brief datapakarta inspect: prints what a Skolverket source holds, school by school, with a
 * summary of what was read, rejected and suppressed.
 *
 * It answers "what will a run see?" before any map is made: a statistics export (CSV or XLSX)
 * or the Planned Educations API at a base URL, read by the same readers as a build. Every value
 * is printed with its status and period, so marks such as ".." can be counted and checked
 * against the source.
 */
class DpkInspectCommand : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkInspectCommand )

public:
  using DpkCommand::DpkCommand;

  int run( const QStringList &arguments ) override;

  //! Returns the help text of the command.
  static QString helpText();

private:
  //! What was asked for on the command line.
  struct Request
  {
    QString source;
    bool fromApi = false;
    QString municipality;
    QString cacheFolder;
  };

  //! Reads the source of \a request; sets \a exitCode to the code of a failure.
  DpkResult<DpkDataset> read( const Request &request, const QList<DpkIndicator> &indicators,
                              int &exitCode ) const;

  /**
   * Returns the document printed: "schools" (those of \a municipality, or all when it is empty)
   * and "summary", counted over the same schools.
   */
  static QJsonObject document( const DpkDataset &dataset, const Request &request,
                               const QList<DpkIndicator> &indicators );

  //! Prints \a document as text, one block per school and then the summary.
  void printTable( const QJsonObject &document, const QList<DpkIndicator> &indicators );
  void printSummary( const QJsonObject &summary, const QList<DpkIndicator> &indicators );
};

#endif // DPKINSPECTCOMMAND_H
