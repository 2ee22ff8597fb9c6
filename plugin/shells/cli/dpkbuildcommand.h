#ifndef DPKBUILDCOMMAND_H
#define DPKBUILDCOMMAND_H

#include "dpkbuildresult.h"
#include "dpkcommand.h"
#include "dpkindicatorcatalogue.h"
#include "dpkrunconfig.h"

#include <QCoreApplication>

/**
 * \brief datapakarta build: makes a run's GeoPackage and a QGIS project holding its styled
 * layers, from a run configuration file, without QGIS's desktop.
 *
 * It is the panel's "make the layers" for scheduled or scripted runs: the same configuration,
 * the same engine (DpkMapBuilder) and the same project layers (DpkProjectUpdater). Both files are
 * written under temporary names and then renamed, so a failed run leaves the earlier ones whole.
 */
class DpkBuildCommand : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkBuildCommand )

public:
  using DpkCommand::DpkCommand;

  int run( const QStringList &arguments ) override;

  //! Returns the help text of the command, which points to the configuration's documentation.
  static QString helpText();

  //! Returns the path of the project a build of \a config writes, relative to \a baseFolder.
  static QString projectPath( const DpkRunConfig &config, const QString &baseFolder );

private:
  //! Reads the configuration at \a path; unknown keys are reported as warnings.
  DpkResult<DpkRunConfig> readConfig( const QString &path );

  //! Checks what can be checked before the build: indicators and input files.
  QString checkInputs( const DpkRunConfig &config, const DpkIndicatorCatalogue &catalogue,
                       const QString &baseFolder, const QString &origin ) const;

  //! Writes the project of \a result to \a path through a temporary file.
  DpkResult<QString> writeProject( const DpkBuildResult &result, const DpkRunConfig &config,
                                   const QString &path ) const;

  void printSummary( const DpkBuildResult &result, const QString &project );
};

#endif // DPKBUILDCOMMAND_H
