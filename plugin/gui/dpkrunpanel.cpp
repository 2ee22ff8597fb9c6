#include "dpkrunpanel.h"

#include "dpkbuildtask.h"
#include "dpkcataloguesettings.h"
#include "dpkdockwidget.h"
#include "dpklayerfeaturesource.h"
#include "dpklayoutbuilder.h"
#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkqgiscompat.h"
#include "dpkrunform.h"
#include "dpkrunsummary.h"

#include <qgsapplication.h>
#include <qgsmessagebar.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

DpkRunPanel::DpkRunPanel( QWidget *parent )
  : QWidget( parent )
{
  setObjectName( QStringLiteral( "DataPaKartaRunPanel" ) );
  auto *layout = new QVBoxLayout( this );

  // The form is long; it scrolls, while the buttons and the summary stay in view.
  auto *scroll = new QScrollArea( this );
  scroll->setWidgetResizable( true );
  scroll->setFrameShape( QFrame::NoFrame );
  mForm = new DpkRunForm( scroll );
  scroll->setWidget( mForm );
  layout->addWidget( scroll, 3 );

  auto *buttons = new QHBoxLayout();
  mMakeMap = new QPushButton( tr( "Make map" ), this );
  mMakeMap->setObjectName( QStringLiteral( "DataPaKartaMakeMap" ) );
  mMakeMap->setToolTip( tr( "Read the data, make the layers and add them to the project" ) );
  buttons->addWidget( mMakeMap );
  mUpdate = new QPushButton( tr( "Update" ), this );
  mUpdate->setObjectName( QStringLiteral( "DataPaKartaUpdate" ) );
  mUpdate->setToolTip( tr( "Make the project's map again from its stored run, for the school "
                           "year chosen above" ) );
  buttons->addWidget( mUpdate );
  layout->addLayout( buttons );

  // Map sheets of the last build, from a built-in template.
  auto *sheets = new QHBoxLayout();
  mSheetTemplate = new QComboBox( this );
  mSheetTemplate->setObjectName( QStringLiteral( "DataPaKartaSheetTemplate" ) );
  mSheetTemplate->setToolTip( tr( "The page size and layout of the map sheets" ) );
  mSheetTemplate->addItems( DpkLayoutBuilder::builtInTemplates() );
  sheets->addWidget( mSheetTemplate );
  mAtlasPerArea = new QCheckBox( tr( "Atlas per area" ), this );
  mAtlasPerArea->setObjectName( QStringLiteral( "DataPaKartaAtlasPerArea" ) );
  mAtlasPerArea->setToolTip( tr( "Also make an atlas per indicator with one page per area" ) );
  sheets->addWidget( mAtlasPerArea );
  mMakeSheets = new QPushButton( tr( "Make map sheets" ), this );
  mMakeSheets->setObjectName( QStringLiteral( "DataPaKartaMakeSheets" ) );
  mMakeSheets->setToolTip(
      tr( "Add a print layout per indicator of the map just made to the project's layouts" ) );
  sheets->addWidget( mMakeSheets );
  layout->addLayout( sheets );

  auto *progressRow = new QHBoxLayout();
  mProgress = new QProgressBar( this );
  mProgress->setObjectName( QStringLiteral( "DataPaKartaProgress" ) );
  mProgress->setRange( 0, 100 );
  progressRow->addWidget( mProgress, 1 );
  mCancel = new QPushButton( tr( "Cancel" ), this );
  mCancel->setObjectName( QStringLiteral( "DataPaKartaCancel" ) );
  progressRow->addWidget( mCancel );
  layout->addLayout( progressRow );

  mStatus = new QLabel( this );
  mStatus->setObjectName( QStringLiteral( "DataPaKartaRunStatus" ) );
  mStatus->setWordWrap( true );
  mStatus->setTextInteractionFlags( Qt::TextSelectableByMouse );
  layout->addWidget( mStatus );

  mSummary = new QPlainTextEdit( this );
  mSummary->setObjectName( QStringLiteral( "DataPaKartaSummary" ) );
  mSummary->setReadOnly( true );
  mSummary->setPlaceholderText( tr( "The summary of the last run appears here." ) );
  layout->addWidget( mSummary, 1 );

  connect( mMakeMap, &QPushButton::clicked, this, &DpkRunPanel::makeMap );
  connect( mUpdate, &QPushButton::clicked, this, &DpkRunPanel::updateMap );
  connect( mCancel, &QPushButton::clicked, this, &DpkRunPanel::cancel );
  connect( mMakeSheets, &QPushButton::clicked, this, &DpkRunPanel::makeSheets );

  // Opening a project clears the old one first, then reads the new one's entries.
  connect( QgsProject::instance(), &QgsProject::cleared, this,
           [ this ]
           {
             cancel();
             mForm->reset();
             mSummary->clear();
             mStatus->clear();
             mLastBuild.reset();
             updateButtons();
           } );
  connect( QgsProject::instance(), &QgsProject::readProject, this, &DpkRunPanel::showProjectRun );

  updateButtons();
}

DpkRunPanel::~DpkRunPanel()
{
  // A build whose panel is gone has nowhere to put its layers.
  cancel();
}

void DpkRunPanel::setMessageBar( QgsMessageBar *bar )
{
  mMessageBar = bar;
}

void DpkRunPanel::setCatalogue( const DpkIndicatorCatalogue &catalogue )
{
  mForm->setCatalogue( catalogue );
}

QString DpkRunPanel::summary() const
{
  return mSummary->toPlainText();
}

bool DpkRunPanel::makeMap()
{
  if ( isRunning() )
    return false;
  if ( mForm->outputPath().isEmpty() )
  {
    const QString folder = askForOutputFolder();
    if ( folder.isEmpty() )
    {
      mStatus->setText( tr( "The map was not made: no folder was chosen for its GeoPackage." ) );
      return false;
    }
    mForm->setOutputPath( folder );
  }

  const DpkResult<DpkRunConfig> config = mForm->config();
  if ( !config.isOk() )
  {
    mStatus->setText( tr( "The map cannot be made yet:\n%1" ).arg( config.error() ) );
    return false;
  }
  return start( config.value(), mForm->areaLayer() );
}

bool DpkRunPanel::updateMap()
{
  if ( isRunning() )
    return false;
  std::optional<DpkRunConfig> stored = DpkProjectUpdater::storedRun( QgsProject::instance() );
  if ( !stored )
  {
    mStatus->setText( tr( "This project holds no map to update; make one first." ) );
    return false;
  }
  const DpkResult<DpkPeriod> period = mForm->period();
  if ( !period.isOk() )
  {
    mStatus->setText( tr( "The map cannot be updated yet:\n%1" ).arg( period.error() ) );
    return false;
  }

  DpkRunConfig config = *stored;
  config.period = period.value();
  QgsVectorLayer *areaLayer =
      config.hasAreas ? DpkRunForm::findAreaLayer( QgsProject::instance(), config.areas ) : nullptr;
  return start( config, areaLayer );
}

void DpkRunPanel::cancel()
{
  if ( mTask )
    mTask->cancel();
}

QStringList DpkRunPanel::makeSheets()
{
  if ( !mLastBuild || isRunning() )
    return QStringList();

  // An atlas needs areas: without them the sheets alone are made.
  const bool atlas = mAtlasPerArea->isChecked() && mLastBuild->areaCount > 0;
  QStringList names;
  DpkLayoutBuilder builder( QgsProject::instance() );
  for ( const DpkIndicatorLayers &layers : mLastBuild->layers )
  {
    for ( const bool perArea : atlas ? QList<bool>{ false, true } : QList<bool>{ false } )
    {
      const DpkResult<QgsPrintLayout *> layout =
          builder.build( *mLastBuild, layers.indicator.id, mSheetTemplate->currentText(), perArea );
      if ( !layout.isOk() )
      {
        showFailure( tr( "The map sheets could not be made: %1" ).arg( layout.error() ),
                     layout.error() );
        return QStringList();
      }
      names << layout.value()->name();
    }
  }

  mSummary->appendPlainText(
      tr( "Map sheets in the project's layouts:\n%1" )
          .arg( QStringLiteral( "  " ) + names.join( QStringLiteral( "\n  " ) ) ) );
  mStatus->setText(
      tr( "%n map sheet(s) added to the project's layouts.", nullptr, names.size() ) );
  return names;
}

void DpkRunPanel::showProjectRun()
{
  const std::optional<DpkRunConfig> stored = DpkProjectUpdater::storedRun( QgsProject::instance() );
  if ( stored )
    mForm->setConfig( *stored );
  else
    mForm->reset();
  updateButtons();
}

bool DpkRunPanel::start( const DpkRunConfig &config, QgsVectorLayer *areaLayer )
{
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkCatalogueSettings::load();
  if ( !catalogue.isOk() )
  {
    showFailure( tr( "The map could not be made: the indicator catalogue could not be loaded." ),
                 catalogue.error() );
    return false;
  }

  // Relative paths of a stored run are taken from the project's folder, as the command line
  // takes them from its configuration file's folder.
  const QString projectFolder = QgsProject::instance()->absolutePath();
  auto builder = std::make_unique<DpkMapBuilder>(
      config, catalogue.value(), projectFolder.isEmpty() ? QDir::currentPath() : projectFolder );
  if ( areaLayer )
  {
    // The snapshot is taken here, on the main thread; the task reads it in its worker thread.
    builder->setAreaSource( std::make_shared<DpkLayerFeatureSource>( areaLayer ),
                            areaLayer->name() );
  }

  mRunning = config;
  mTask = new DpkBuildTask( tr( "Data på karta: making the map of %1" ).arg( config.municipality ),
                            std::move( builder ) );
  connect( mTask, &DpkBuildTask::built, this, &DpkRunPanel::built );
  connect( mTask, &DpkBuildTask::failed, this, &DpkRunPanel::failed );
  connect( mTask, &QgsTask::progressChanged, this,
           [ this ]( double progress ) { mProgress->setValue( static_cast<int>( progress ) ); } );
  mProgress->setValue( 0 );
  mStatus->setText( tr( "Making the map…" ) );
  QgsApplication::taskManager()->addTask( mTask );
  updateButtons();
  return true;
}

void DpkRunPanel::built( const DpkBuildResult &result )
{
  mTask.clear();
  DpkProjectUpdater updater( QgsProject::instance() );
  const DpkResult<QList<QgsMapLayer *>> applied = updater.apply( result, mRunning );
  if ( !applied.isOk() )
  {
    showFailure( tr( "The map was made, but its layers could not be added to the project." ),
                 applied.error() );
    updateButtons();
    emit runFinished( false );
    return;
  }

  for ( const QString &warning : result.warnings )
    DpkQgisCompat::logInfo( warning );
  mSummary->setPlainText( DpkRunSummary::text( result, DpkDockWidget::indicatorLanguage() ) );
  mStatus->setText( tr( "Done." ) );
  mLastBuild = result;
  if ( mMessageBar )
  {
    mMessageBar->pushMessage( tr( "Data på karta" ), DpkRunSummary::headline( result ),
                              Qgis::MessageLevel::Success );
  }
  updateButtons();
  emit runFinished( true );
}

void DpkRunPanel::failed( const QString &error )
{
  const bool cancelled = mTask && mTask->wasCanceled();
  mTask.clear();
  if ( cancelled )
  {
    mStatus->setText( error );
    mSummary->setPlainText( error );
    if ( mMessageBar )
      mMessageBar->pushMessage( tr( "Data på karta" ), error, Qgis::MessageLevel::Info );
  }
  else
  {
    showFailure( tr( "The map could not be made: %1" ).arg( error ),
                 tr( "Run configuration: %1" )
                     .arg( QString::fromUtf8(
                         QJsonDocument( mRunning.toJson() ).toJson( QJsonDocument::Compact ) ) ) );
  }
  updateButtons();
  emit runFinished( false );
}

void DpkRunPanel::showFailure( const QString &message, const QString &details )
{
  mStatus->setText( message );
  mSummary->setPlainText( message );
  if ( mMessageBar )
    mMessageBar->pushMessage( tr( "Data på karta" ), message, Qgis::MessageLevel::Critical );
  DpkQgisCompat::logWarning( QStringLiteral( "%1\n%2" ).arg( message, details ) );
}

void DpkRunPanel::updateButtons()
{
  const bool running = isRunning();
  mMakeMap->setEnabled( !running );
  mUpdate->setEnabled( !running &&
                       DpkProjectUpdater::storedRun( QgsProject::instance() ).has_value() );
  mMakeSheets->setEnabled( !running && mLastBuild.has_value() );
  mCancel->setVisible( running );
  mProgress->setVisible( running );
}

QString DpkRunPanel::askForOutputFolder()
{
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr( "The project is not saved: choose a folder for the map's GeoPackage" ) );
  if ( folder.isEmpty() )
    return QString();
  return QDir( folder ).filePath( QStringLiteral( "datapakarta.gpkg" ) );
}
