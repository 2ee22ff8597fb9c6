#ifndef DPKREFRESHCOMMAND_H
#define DPKREFRESHCOMMAND_H

#include "dpkbuildresult.h"
#include "dpkcommand.h"
#include "dpkrunconfig.h"

#include <QCoreApplication>

class DpkFileTransaction;
class DpkLayoutRefresher;
class QgsProject;

/**
 * \brief datapakarta refresh: repeats the run stored in a QGIS project, optionally for another
 * school year, and brings the project's layers and layouts up to date.
 *
 * A committee's project made once (by the panel or by datapakarta build) is kept term after term:
 * the refresh replaces only the plugin's layers and refills the plugin's layouts in place
 * (DpkLayoutRefresher), so the user's own layers and layouts, and the user's edits inside the
 * plugin's layouts, stay. The layouts are checked before the build starts, and the GeoPackage,
 * the project and the PDFs are protected (DpkFileTransaction) until everything succeeded, so a
 * failed refresh leaves all of them as they were.
 */
class DpkRefreshCommand : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkRefreshCommand )

public:
  using DpkCommand::DpkCommand;

  int run( const QStringList &arguments ) override;

  //! Returns the help text of the command.
  static QString helpText();

private:
  //! The engine's share of the progress; refilling the layouts and their PDFs take the rest.
  static constexpr double ENGINE_SHARE = 0.8;

  //! Reads the run stored in \a project, with the period of \a period when it is not empty.
  DpkResult<DpkRunConfig> storedRun( QgsProject &project, const QString &period ) const;

  /**
   * Refills the plugin's layouts noted by \a refresher for \a result, in place, and exports them
   * to PDF when \a exportPdf, protecting each file in \a files. Returns the names of the
   * layouts and the files written.
   */
  DpkResult<QStringList> refreshLayouts( DpkLayoutRefresher &refresher,
                                         const DpkBuildResult &result, const DpkRunConfig &config,
                                         const QString &baseFolder, bool exportPdf,
                                         DpkFileTransaction &files ) const;
};

#endif // DPKREFRESHCOMMAND_H
