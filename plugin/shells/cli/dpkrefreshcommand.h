#ifndef DPKREFRESHCOMMAND_H
#define DPKREFRESHCOMMAND_H

#include "dpkbuildresult.h"
#include "dpkcommand.h"
#include "dpkrunconfig.h"

#include <QCoreApplication>

class QgsProject;

/**
 * \brief datapakarta refresh: repeats the run stored in a QGIS project, optionally for another
 * school year, and brings the project's layers and layouts up to date.
 *
 * A committee's project made once (by the panel or by datapakarta build) is kept term after term:
 * the refresh replaces only the plugin's layers and remakes only the layouts the plugin made, so
 * the user's own layers and layouts stay. The project is written back through a temporary file,
 * so a failed refresh leaves it as it was.
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
  //! What the plugin's layout was made as: remade the same way for the new build.
  struct LayoutSpec
  {
    QString name;
    QString indicatorId;
    QString templateName;
    bool atlas = false;
  };

  //! Reads the run stored in \a project, with the period of \a period when it is not empty.
  DpkResult<DpkRunConfig> storedRun( QgsProject &project, const QString &period ) const;

  /**
   * Returns the plugin's layouts in \a project that belong to the GeoPackage \a geopackage; a
   * layout that does not name its template gets that of \a config, taken from \a baseFolder.
   */
  static QList<LayoutSpec> pluginLayouts( QgsProject &project, const QString &geopackage,
                                          const DpkRunConfig &config, const QString &baseFolder );

  /**
   * Remakes the layouts \a specs for \a result, removes those the new ones do not replace, and
   * exports them to PDF when \a exportPdf. Returns the names of the layouts and the files written.
   */
  DpkResult<QStringList> remakeLayouts( QgsProject &project, const QList<LayoutSpec> &specs,
                                        const DpkBuildResult &result, const DpkRunConfig &config,
                                        const QString &baseFolder, bool exportPdf ) const;
};

#endif // DPKREFRESHCOMMAND_H
