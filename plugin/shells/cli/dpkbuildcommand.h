#ifndef DPKBUILDCOMMAND_H
#define DPKBUILDCOMMAND_H

#include "dpkbuildresult.h"
#include "dpkcommand.h"
#include "dpkindicatorcatalogue.h"
#include "dpkrunconfig.h"

#include <QCoreApplication>

class DpkFileTransaction;
class QgsPrintLayout;
class QgsProject;

/**
 * \brief datapakarta build: makes a run's GeoPackage and a QGIS project holding its styled
 * layers, from a run configuration file, without QGIS's desktop.
 *
 * It is the panel's "make the layers" for scheduled or scripted runs: the same configuration,
 * the same engine (DpkMapBuilder) and the same project layers (DpkProjectUpdater). With the
 * configuration's "layout" key it also adds a map sheet (and an atlas) per indicator to the
 * project and exports them to PDF beside it. Every file is protected (DpkFileTransaction) before
 * it is written and kept only when the whole run succeeded, so a run that fails at any step, the
 * last PDF or the project included, leaves the earlier GeoPackage, project and PDFs as they were.
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

  /**
   * Returns the path of the file of \a indicatorId's sheet (or atlas, with \a atlas) in the
   * output folder of \a config, with the file name ending \a extension ("pdf", "png").
   */
  static QString sheetPath( const DpkRunConfig &config, const QString &baseFolder,
                            const QString &indicatorId, bool atlas, const QString &extension );

  /**
   * Exports \a layout, the sheet or atlas of \a indicatorId, to its PDF (and to PNG when
   * \a png) in the output folder of \a config, protecting each file in \a files before it is
   * replaced. Returns the files written, or the first error.
   */
  static DpkResult<QStringList> exportSheet( QgsPrintLayout *layout, const DpkRunConfig &config,
                                             const QString &baseFolder, const QString &indicatorId,
                                             bool atlas, bool png, DpkFileTransaction &files );

  /**
   * Returns the exit code of a build of \a config that failed with \a error: SourceUnavailable
   * when the error names the URL of one of its web sources, otherwise BadInput.
   */
  static int buildFailureCode( const DpkRunConfig &config, const QString &error );

  /**
   * Writes \a project to \a path through a temporary file, replacing an earlier one in one step,
   * after protecting it in \a files.
   */
  static DpkResult<QString> writeProject( QgsProject &project, const QString &path,
                                          DpkFileTransaction &files );

private:
  //! Reads the configuration at \a path; unknown keys are reported as warnings.
  DpkResult<DpkRunConfig> readConfig( const QString &path );

  //! Checks what can be checked before the build: indicators and input files.
  QString checkInputs( const DpkRunConfig &config, const DpkIndicatorCatalogue &catalogue,
                       const QString &baseFolder, const QString &origin ) const;

  //! Puts the layers of \a result into \a project, whose CRS becomes that of the schools.
  DpkResult<bool> fillProject( QgsProject &project, const DpkBuildResult &result,
                               const DpkRunConfig &config ) const;

  /**
   * Adds the sheets (and atlases) the configuration asks for to \a project and exports them,
   * showing each as a step of the progress.
   */
  DpkResult<QStringList> makeSheets( QgsProject &project, const DpkBuildResult &result,
                                     const DpkRunConfig &config, const QString &baseFolder,
                                     DpkFileTransaction &files );

  //! Prints the readable summary of a build that wrote \a project and \a sheets.
  void printSummary( const DpkBuildResult &result, const QString &project,
                     const QStringList &sheets );

  //! The engine's share of the whole progress of a build without and with map sheets.
  static constexpr double ENGINE_SHARE = 0.95;
  static constexpr double ENGINE_SHARE_WITH_SHEETS = 0.6;

  //! The percentage of the whole at which the project is written.
  static constexpr double WRITING_START = 95.0;
};

#endif // DPKBUILDCOMMAND_H
