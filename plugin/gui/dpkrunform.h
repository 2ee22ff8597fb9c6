#ifndef DPKRUNFORM_H
#define DPKRUNFORM_H

#include "dpkindicatorcatalogue.h"
#include "dpkresult.h"
#include "dpkrunconfig.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QgsAuthConfigSelect;
class QgsFieldComboBox;
class QgsFileWidget;
class QgsMapLayerComboBox;
class QgsProject;
class QgsVectorLayer;
class DpkExportPeriodTask;

/**
 * \brief The form of a run in the panel: where the results and the school locations come from,
 * the municipality, the school year, the indicators, the area layer and the GeoPackage written.
 *
 * It turns its fields into a DpkRunConfig, the document the engine runs and the project stores,
 * and fills them from one. An API source's credentials are chosen with QGIS's own selector of
 * authentication configurations, so the run holds only the configuration's id. Every field has a
 * stable object name, so that the end-to-end test can fill the form as a user would.
 */
class DpkRunForm : public QWidget
{
  Q_OBJECT

public:
  //! Creates an empty form for runs in the current project, QgsProject::instance().
  explicit DpkRunForm( QWidget *parent = nullptr );

  //! Lists the indicators of \a catalogue to choose from; chosen ones stay chosen.
  void setCatalogue( const DpkIndicatorCatalogue &catalogue );

  /**
   * Returns the run the form describes, or an error that names every field still missing or
   * wrong, one per line. The area layer's file becomes the configuration's area path.
   */
  DpkResult<DpkRunConfig> config() const;

  //! Fills the form from \a config; an area file that is a layer of the project selects it.
  void setConfig( const DpkRunConfig &config );

  //! Empties the form, as for a new project.
  void reset();

  /**
   * Returns the school year chosen: an invalid period for "latest", or an error when the text
   * typed is not a school year.
   */
  DpkResult<DpkPeriod> period() const;

  /**
   * Returns the GeoPackage chosen, with its .gpkg suffix, or defaultOutputPath() when none is
   * chosen; empty when neither is known.
   */
  QString outputPath() const;

  //! Chooses \a path as the GeoPackage written.
  void setOutputPath( const QString &path );

  //! Returns the chosen area layer of the project, or nullptr for none.
  QgsVectorLayer *areaLayer() const;

  /**
   * Returns the GeoPackage written when no output is chosen: beside the saved project file,
   * named after it; empty while the project is not saved.
   */
  QString defaultOutputPath() const;

  //! Returns the polygon layer of \a project whose file is the area file of \a areas, or nullptr.
  static QgsVectorLayer *findAreaLayer( QgsProject *project, const DpkAreaConfig &areas );

  //! Returns the area part of a configuration for \a layer and its chosen fields.
  static DpkAreaConfig areaConfigOf( const QgsVectorLayer *layer, const QString &codeField,
                                     const QString &nameField );

  //! Returns true while the school years of a chosen export are being read.
  bool isReadingPeriods() const { return !mPeriodTask.isNull(); }

  //! Returns the school years offered, as shown, without "latest".
  QStringList offeredPeriods() const;

signals:
  //! The school years of the chosen export have been read, or reading them failed.
  void periodsRead();

private:
  void buildLayout();
  QWidget *buildResultsBox();
  QWidget *buildSchoolsBox();
  QWidget *buildAreasBox();
  void updateSourceWidgets();
  void readPeriods();
  void stopReadingPeriods();
  void showPeriods( const QString &path, const QList<DpkPeriod> &periods );
  void showPeriodError( const QString &path, const QString &error );
  void selectPeriod( const DpkPeriod &period );
  void updateOutputPlaceholder();
  DpkSourceConfig resultsSource() const;
  DpkSourceConfig schoolsSource() const;
  QStringList checkedIndicators() const;
  void checkIndicators( const QStringList &ids );

  QList<DpkIndicator> mIndicators;
  QPointer<DpkExportPeriodTask> mPeriodTask;

  QComboBox *mResultsType = nullptr;
  QStackedWidget *mResultsPages = nullptr;
  QgsFileWidget *mResultsFile = nullptr;
  QLineEdit *mResultsUrl = nullptr;
  QgsFileWidget *mResultsCache = nullptr;
  QgsAuthConfigSelect *mResultsAuth = nullptr;
  QCheckBox *mSchoolsSameAsResults = nullptr;
  QLineEdit *mSchoolsUrl = nullptr;
  QgsFileWidget *mSchoolsCache = nullptr;
  QgsAuthConfigSelect *mSchoolsAuth = nullptr;
  //! Ids of the stored run that QGIS's authentication database lacks, until another is chosen.
  QString mResultsMissingAuth;
  QString mSchoolsMissingAuth;
  QLineEdit *mMunicipality = nullptr;
  QComboBox *mPeriod = nullptr;
  QLabel *mPeriodNote = nullptr;
  QListWidget *mIndicatorList = nullptr;
  QgsMapLayerComboBox *mAreaLayer = nullptr;
  QgsFieldComboBox *mCodeField = nullptr;
  QgsFieldComboBox *mNameField = nullptr;
  QLabel *mAreaNote = nullptr;
  QgsFileWidget *mOutput = nullptr;
};

#endif // DPKRUNFORM_H
