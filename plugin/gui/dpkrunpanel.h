#ifndef DPKRUNPANEL_H
#define DPKRUNPANEL_H

#include "dpkbuildresult.h"
#include "dpkrunconfig.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QgsMessageBar;
class QgsVectorLayer;
class DpkBuildTask;
class DpkIndicatorCatalogue;
class DpkRunForm;

/**
 * \brief The "Make map" page of the panel: the run form, the buttons that make or update the map,
 * the progress of the build and a summary of what it produced.
 *
 * A build runs as a QGIS task, so it shows in the task manager and QGIS stays responsive; its
 * layers go into the current project when it ends. The page follows the project: a project that
 * is read fills the form with the run stored in it, a new project empties it.
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

  //! Fills the form from the run stored in the project, or empties it when there is none.
  void showProjectRun();

  /**
   * Adds a map sheet per indicator of the last successful build to the project's layout manager,
   * from the template chosen in the panel, and with "Atlas per area" also an atlas per indicator.
   * Their names are added to the summary. Returns the names, or nothing when there is no build
   * to make sheets of or a sheet failed (the status says why).
   */
  QStringList makeSheets();

signals:
  //! A build ended: \a success is false when it failed or was cancelled.
  void runFinished( bool success );

private:
  bool start( const DpkRunConfig &config, QgsVectorLayer *areaLayer );
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
  QProgressBar *mProgress = nullptr;
  QLabel *mStatus = nullptr;
  QPlainTextEdit *mSummary = nullptr;
  QPointer<QgsMessageBar> mMessageBar;
  QPointer<DpkBuildTask> mTask;
  DpkRunConfig mRunning;
  std::optional<DpkBuildResult> mLastBuild;
};

#endif // DPKRUNPANEL_H
