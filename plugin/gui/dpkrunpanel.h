#ifndef DPKRUNPANEL_H
#define DPKRUNPANEL_H

#include "dpkbuildresult.h"
#include "dpkrunconfig.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QgsFeedback;
class QgsMessageBar;
class QgsPrintLayout;
class QgsVectorLayer;
class DpkBuildTask;
class DpkFileTransaction;
class DpkPluginHost;
class DpkIndicatorCatalogue;
class DpkLayoutRefresher;
class DpkRunForm;

/**
 * \brief The "Make map" page of the panel: the run form, the buttons that make or update the map,
 * the progress of the build and a summary of what it produced.
 *
 * A build runs as a QGIS task, so it shows in the task manager and QGIS stays responsive; its
 * layers go into the current project when it ends, and the plugin's print layouts of the run are
 * refilled in place for it (DpkLayoutRefresher). The page follows the project: a project that
 * is read fills the form with the run stored in it, a new project empties it.
 *
 * Nothing is lost to a run that does not finish: the plugin's layouts are checked before the build
 * starts and again before its layers replace the project's, and the earlier GeoPackage is kept
 * (DpkFileTransaction) until the new layers and sheets are in place, so a failed or cancelled run
 * leaves the earlier layers, sheets and file as they were.
 *
 * Map sheets are exported on the main thread, as QGIS's own layout designer does: layouts and
 * layers are not thread-safe, so a background task would need copies of both. A modal progress
 * dialog with a Cancel button keeps the user informed, and the export lets QGIS handle its events
 * between pages, so the window keeps drawing.
 */
class DpkRunPanel : public QWidget
{
  Q_OBJECT

public:
  //! Creates the page for the current project, QgsProject::instance().
  explicit DpkRunPanel( QWidget *parent = nullptr );
  ~DpkRunPanel() override;

  //! Returns the form of the run.
  DpkRunForm *form() const { return mForm; }

  //! Sets the bar where the end of a run is announced; may be null (no announcements).
  void setMessageBar( QgsMessageBar *bar );

  /**
   * Sets the QGIS window that opens a layout in the layout designer; may be null, and then the
   * sheets made are not offered for opening.
   */
  void setPluginHost( DpkPluginHost *host );

  //! Lists the indicators of \a catalogue in the form.
  void setCatalogue( const DpkIndicatorCatalogue &catalogue );

  //! Returns true while a build runs.
  bool isRunning() const { return !mTask.isNull(); }

  //! Returns the summary of the last run, or its error; empty before the first run.
  QString summary() const;

  /**
   * Starts a build of the run in the form. Returns false, saying what is missing, when the form
   * is not complete or a build already runs.
   */
  bool makeMap();

  /**
   * Starts a build of the run stored in the project, with the school year the form shows.
   * Returns false when the project holds no run or a build already runs.
   */
  bool updateMap();

  //! Cancels the running build; the project and the GeoPackage stay as they were.
  void cancel();

  /**
   * Lists the layout templates in the sheet template box: the built-in ones and the
   * organisation's, those that lack items shown but not selectable. Keeps the chosen one.
   */
  void listTemplates();

  /**
   * Fills the form from the run stored in the project, or from the run with placeholders of a
   * project made from the plugin's project template; empties it when there is neither.
   */
  void showProjectRun();

  /**
   * Adds a map sheet per indicator of the last successful build to the project's layout manager,
   * from the template chosen in the panel, and with "Atlas per area" also an atlas per indicator.
   * Their names are added to the summary. Returns the names, or nothing when there is no build
   * to make sheets of or a sheet failed (the status says why).
   */
  QStringList makeSheets();

  /**
   * Exports every map sheet and atlas of the plugin in the project into \a folder: a vector PDF
   * each, with title, author and subject, and with \a png also a PNG of each sheet that is not an
   * atlas. The files are named like those of datapakarta build, after each sheet's own run; two
   * sheets that would share a file name (two runs of one indicator, a duplicated sheet) get their
   * layout's name added, so no file of the export replaces another. Shows the progress with a
   * Cancel button; a cancelled or failed export leaves an earlier file of the same name as it was.
   * Returns the files written, or the error.
   */
  DpkResult<QStringList> exportSheets( const QString &folder, bool png );

  //! Returns true while map sheets are being exported.
  bool isExporting() const { return mExportFeedback != nullptr; }

  //! Cancels the export under way, if any.
  void cancelExport();

  /**
   * Writes the built-in demo (the invented municipality Demoköping) into \a folder, by default
   * the folder demoFolder(), fills the form with its run and starts the build; when the build
   * is done, the map sheets and atlases are made and offered. The demo never goes into the
   * user's project: a project that holds anything is replaced by a new one through the plugin
   * host, which asks to save it first, and without a host the demo is refused. Demo data that
   * are already there are used as they are, since a layer may have them open. Returns false,
   * saying why, when the demo cannot be written, the user kept the project or a build runs.
   */
  bool tryDemo( const QString &folder = QString() );

  //! Returns the default folder of the demo: "datapakarta/demo" in the QGIS profile.
  static QString demoFolder();

signals:
  //! A build ended: \a success is false when it failed or was cancelled.
  void runFinished( bool success );

  //! The export of the map sheets has come to \a percent (0 to 100).
  void exportProgressed( double percent );

private:
  bool start( const DpkRunConfig &config, QgsVectorLayer *areaLayer );
  void refreshSheets( const DpkBuildResult &result, DpkLayoutRefresher &refresher );
  void offerDesigner( const QList<QgsPrintLayout *> &layouts );
  QList<QgsPrintLayout *> exportableSheets() const;
  QString exportFileName( QgsPrintLayout *layout, const QString &extension,
                          bool withLayoutName ) const;
  DpkResult<QList<std::pair<QgsPrintLayout *, QString>>>
  exportTargets( const QList<QgsPrintLayout *> &sheets, const QString &folder, bool png ) const;
  bool projectIsBlank() const;
  void chooseExportFolder();
  void built( const DpkBuildResult &result );
  void failed( const QString &error );
  void showFailure( const QString &message, const QString &details );
  void updateButtons();
  QString askForOutputFolder();

  DpkRunForm *mForm = nullptr;
  QPushButton *mMakeMap = nullptr;
  QPushButton *mUpdate = nullptr;
  QPushButton *mCancel = nullptr;
  QComboBox *mSheetTemplate = nullptr;
  QCheckBox *mAtlasPerArea = nullptr;
  QPushButton *mMakeSheets = nullptr;
  QCheckBox *mExportPng = nullptr;
  QPushButton *mExportSheets = nullptr;
  QPushButton *mTryDemo = nullptr;
  QProgressBar *mProgress = nullptr;
  QLabel *mStatus = nullptr;
  QPlainTextEdit *mSummary = nullptr;
  QPointer<QgsMessageBar> mMessageBar;
  DpkPluginHost *mHost = nullptr;
  QgsFeedback *mExportFeedback = nullptr;
  bool mSheetsAfterBuild = false;
  QPointer<DpkBuildTask> mTask;
  DpkRunConfig mRunning;
  std::optional<DpkBuildResult> mLastBuild;
  //! The earlier GeoPackage of the running build, put back unless its layers go in.
  std::unique_ptr<DpkFileTransaction> mFiles;
};

#endif // DPKRUNPANEL_H
