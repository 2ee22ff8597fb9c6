#include "dpkrunpanel.h"

#include "dpkbuildtask.h"
#include "dpkcataloguesettings.h"
#include "dpkdemodata.h"
#include "dpkdockwidget.h"
#include "dpkfiletransaction.h"
#include "dpklayerfeaturesource.h"
#include "dpklayoutbuilder.h"
#include "dpklayoutexporter.h"
#include "dpklayoutrefresher.h"
#include "dpkmapbuilder.h"
#include "dpkpluginhost.h"
#include "dpkprojectupdater.h"
#include "dpkqgiscompat.h"
#include "dpkrunform.h"
#include "dpkrunsummary.h"
#include "dpksettingswidget.h"

#include <qgsapplication.h>
#include <qgsfeedback.h>
#include <qgslayoutatlas.h>
#include <qgslayoutmanager.h>
#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

DpkRunPanel::DpkRunPanel( QWidget *parent )
  : QWidget( parent )
{
  setObjectName( QStringLiteral( "DataPaKartaRunPanel" ) );
  auto *layout = new QVBoxLayout( this );

  // A first-time user sees the plugin work before having data of their own.
  auto *demoRow = new QHBoxLayout();
  auto *demoNote = new QLabel( tr( "No data at hand?" ), this );
  demoRow->addWidget( demoNote, 1 );
  mTryDemo = new QPushButton( tr( "Try with demo data" ), this );
  mTryDemo->setObjectName( QStringLiteral( "DataPaKartaTryDemo" ) );
  mTryDemo->setToolTip( tr( "Make the map and map sheets of an invented municipality, "
                            "Demoköping, from built-in demo data, without a network" ) );
  demoRow->addWidget( mTryDemo );
  layout->addLayout( demoRow );

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
  listTemplates();
  sheets->addWidget( mSheetTemplate );
  mAtlasPerArea = new QCheckBox( tr( "Atlas per area" ), this );
  mAtlasPerArea->setObjectName( QStringLiteral( "DataPaKartaAtlasPerArea" ) );
  mAtlasPerArea->setToolTip( tr( "Also make an atlas per indicator with one page per area" ) );
  sheets->addWidget( mAtlasPerArea );
  mExportPng = new QCheckBox( tr( "Also PNG" ), this );
  mExportPng->setObjectName( QStringLiteral( "DataPaKartaExportPng" ) );
  mExportPng->setToolTip( tr( "Also write a PNG image of each map sheet that is not an atlas" ) );
  sheets->addWidget( mExportPng );
  layout->addLayout( sheets );

  // Making the sheets, and exporting the project's sheets without opening the layout designer.
  auto *sheetButtons = new QHBoxLayout();
  mMakeSheets = new QPushButton( tr( "Make map sheets" ), this );
  mMakeSheets->setObjectName( QStringLiteral( "DataPaKartaMakeSheets" ) );
  mMakeSheets->setToolTip(
      tr( "Add a print layout per indicator of the map just made to the project's layouts" ) );
  sheetButtons->addWidget( mMakeSheets );
  mExportSheets = new QPushButton( tr( "Export map sheets…" ), this );
  mExportSheets->setObjectName( QStringLiteral( "DataPaKartaExportSheets" ) );
  mExportSheets->setToolTip( tr( "Write each map sheet and atlas of the project to a PDF with its "
                                 "title, author and subject, in a folder you choose" ) );
  sheetButtons->addWidget( mExportSheets );
  layout->addLayout( sheetButtons );

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
  connect( mCancel, &QPushButton::clicked, this,
           [ this ]
           {
             cancel();
             cancelExport();
           } );
  connect( mMakeSheets, &QPushButton::clicked, this, &DpkRunPanel::makeSheets );
  connect( mExportSheets, &QPushButton::clicked, this, &DpkRunPanel::chooseExportFolder );
  connect( mTryDemo, &QPushButton::clicked, this, [ this ] { tryDemo(); } );
  connect( QgsProject::instance()->layoutManager(), &QgsLayoutManager::layoutAdded, this,
           &DpkRunPanel::updateButtons );
  connect( QgsProject::instance()->layoutManager(), &QgsLayoutManager::layoutRemoved, this,
           &DpkRunPanel::updateButtons );

  // Opening a project clears the old one first, then reads the new one's entries.
  connect( QgsProject::instance(), &QgsProject::cleared, this,
           [ this ]
           {
             cancel();
             cancelExport();
             mSheetsAfterBuild = false;
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

void DpkRunPanel::setPluginHost( DpkPluginHost *host )
{
  mHost = host;
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
  QList<QgsPrintLayout *> made;
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
      made << layout.value();
    }
  }

  mSummary->appendPlainText(
      tr( "Map sheets in the project's layouts:\n%1" )
          .arg( QStringLiteral( "  " ) + names.join( QStringLiteral( "\n  " ) ) ) );
  mStatus->setText(
      tr( "%n map sheet(s) added to the project's layouts.", nullptr, names.size() ) );
  offerDesigner( made );
  updateButtons();
  return names;
}

void DpkRunPanel::listTemplates()
{
  const QString chosen = mSheetTemplate->currentData().toString();
  DpkSettingsWidget::fillTemplateBox( mSheetTemplate );
  const int index = mSheetTemplate->findData( chosen );
  if ( index >= 0 )
    mSheetTemplate->setCurrentIndex( index );
}

void DpkRunPanel::showProjectRun()
{
  // A project made from the plugin's project template holds a run with placeholders: the form
  // shows what it has, and the user completes the rest before the first Make map.
  QgsProject *project = QgsProject::instance();
  if ( const std::optional<DpkRunConfig> stored = DpkProjectUpdater::storedRun( project ) )
    mForm->setConfig( *stored );
  else if ( const std::optional<DpkRunConfig> run =
                DpkProjectUpdater::storedTemplateRun( project ) )
    mForm->setConfig( *run );
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

  // A project copied to another folder reads its layers from the copy's GeoPackage.
  DpkProjectUpdater::adoptMovedGeoPackage( QgsProject::instance(), builder->geopackagePath() );

  // A sheet of the run that could not be brought up to date stops the run before it starts.
  QList<DpkIndicator> indicators;
  for ( const QString &id : config.indicators )
  {
    if ( const DpkIndicator *indicator = catalogue.value().indicator( id ) )
      indicators << *indicator;
  }
  const DpkResult<bool> refreshable =
      DpkLayoutRefresher( QgsProject::instance(), builder->geopackagePath() )
          .check( indicators, config.period, config.hasAreas );
  if ( !refreshable.isOk() )
  {
    showFailure( tr( "The map was not made: %1" ).arg( refreshable.error() ), refreshable.error() );
    return false;
  }

  // The earlier GeoPackage is kept until the new layers and sheets are in the project.
  auto files = std::make_unique<DpkFileTransaction>();
  const DpkResult<bool> kept = files->protect( builder->geopackagePath() );
  if ( !kept.isOk() )
  {
    showFailure( tr( "The map was not made: %1" ).arg( kept.error() ), kept.error() );
    return false;
  }
  mFiles = std::move( files );
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
  // The plugin's layouts are noted and checked before their layers are replaced, and refilled
  // after; a build that cannot go in puts the earlier GeoPackage back (mFiles).
  DpkLayoutRefresher refresher( QgsProject::instance(), result.geopackage );
  const DpkResult<bool> refreshable = refresher.check( result );
  DpkResult<QList<QgsMapLayer *>> applied =
      DpkResult<QList<QgsMapLayer *>>::failure( refreshable.error() );
  if ( refreshable.isOk() )
    applied = DpkProjectUpdater( QgsProject::instance() ).apply( result, mRunning );
  if ( !applied.isOk() )
  {
    mFiles.reset();
    mSheetsAfterBuild = false;
    showFailure( refreshable.isOk()
                     ? tr( "The map was made, but its layers could not be added to the project." )
                     : tr( "The map was not put into the project, whose layers, map sheets and "
                           "GeoPackage stay as they were: %1" )
                           .arg( refreshable.error() ),
                 applied.error() );
    updateButtons();
    emit runFinished( false );
    return;
  }
  if ( mFiles )
    mFiles->commit();
  mFiles.reset();

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
  refreshSheets( result, refresher );
  updateButtons();
  if ( mSheetsAfterBuild )
  {
    mSheetsAfterBuild = false;
    makeSheets();
  }
  emit runFinished( true );
}

void DpkRunPanel::refreshSheets( const DpkBuildResult &result, DpkLayoutRefresher &refresher )
{
  if ( refresher.layouts().isEmpty() )
    return;
  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( result );
  if ( !refreshed.isOk() )
  {
    const QString message =
        tr( "The map was made, but its map sheets could not be brought up to date: %1" )
            .arg( refreshed.error() );
    mSummary->appendPlainText( message );
    mStatus->setText( message );
    if ( mMessageBar )
      mMessageBar->pushMessage( tr( "Data på karta" ), message, Qgis::MessageLevel::Warning );
    DpkQgisCompat::logWarning( message );
    return;
  }
  QStringList names;
  for ( const QgsPrintLayout *layout : refreshed.value() )
    names << layout->name();
  if ( !names.isEmpty() )
    mSummary->appendPlainText(
        tr( "Map sheets brought up to date:\n%1" )
            .arg( QStringLiteral( "  " ) + names.join( QStringLiteral( "\n  " ) ) ) );
  for ( const QString &left : refresher.notRefreshed() )
    mSummary->appendPlainText( tr( "Map sheet left as it was: %1" ).arg( left ) );
}

void DpkRunPanel::offerDesigner( const QList<QgsPrintLayout *> &layouts )
{
  if ( !mMessageBar || !mHost || layouts.isEmpty() )
    return;

  // The button opens the first sheet; its menu opens any of them.
  auto *open = new QToolButton();
  open->setObjectName( QStringLiteral( "DataPaKartaOpenDesigner" ) );
  open->setText( tr( "Open in the layout designer" ) );
  open->setPopupMode( QToolButton::MenuButtonPopup );
  auto *menu = new QMenu( open );
  for ( QgsPrintLayout *layout : layouts )
  {
    QAction *action = menu->addAction( layout->name() );
    const QPointer<QgsPrintLayout> target( layout );
    connect( action, &QAction::triggered, this,
             [ this, target ]
             {
               if ( target && mHost )
                 mHost->openLayoutDesigner( target );
             } );
  }
  open->setMenu( menu );
  connect( open, &QToolButton::clicked, menu->actions().constFirst(), &QAction::trigger );

  mMessageBar->pushItem( new QgsMessageBarItem(
      tr( "Data på karta" ),
      tr( "%n map sheet(s) added to the project's layouts.", nullptr, layouts.size() ), open,
      Qgis::MessageLevel::Success, 0 ) );
}

QList<QgsPrintLayout *> DpkRunPanel::exportableSheets() const
{
  // A layout of a template still waiting for its first run has nothing to show yet.
  QList<QgsPrintLayout *> sheets;
  for ( QgsPrintLayout *layout : QgsProject::instance()->layoutManager()->printLayouts() )
  {
    if ( !layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString().isEmpty() &&
         !layout->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() )
      sheets << layout;
  }
  return sheets;
}

QString DpkRunPanel::exportFileName( QgsPrintLayout *layout, const QString &extension,
                                     bool withLayoutName ) const
{
  // Named as datapakarta build names its files, after the sheet's own run, whose output name is
  // its GeoPackage's: <output name>-<indicator>[-atlas][-<layout name>].<extension>
  const QString outputName =
      QFileInfo( layout->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString() )
          .completeBaseName();
  QString layoutName;
  if ( withLayoutName )
  {
    // Letters and digits of the name only, so that the "/" of "2024/25" makes no folder.
    static const QRegularExpression notAWord( QStringLiteral( "[^\\w]+" ),
                                              QRegularExpression::UseUnicodePropertiesOption );
    const QStringList words = layout->name().split( notAWord, Qt::SkipEmptyParts );
    layoutName = QLatin1Char( '-' ) + words.join( QLatin1Char( '-' ) );
  }
  return QStringLiteral( "%1-%2%3%4.%5" )
      .arg( outputName.isEmpty() ? QStringLiteral( "datapakarta" ) : outputName,
            layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString(),
            layout->atlas()->enabled() ? QStringLiteral( "-atlas" ) : QString(), layoutName,
            extension );
}

DpkResult<QList<std::pair<QgsPrintLayout *, QString>>>
DpkRunPanel::exportTargets( const QList<QgsPrintLayout *> &sheets, const QString &folder,
                            bool png ) const
{
  using Result = DpkResult<QList<std::pair<QgsPrintLayout *, QString>>>;
  QStringList extensions{ QStringLiteral( "pdf" ) };
  if ( png )
    extensions << QStringLiteral( "png" );

  // A file name that two sheets would share gets each sheet's layout name added.
  QHash<QString, int> sheetsPerName;
  for ( QgsPrintLayout *sheet : sheets )
    ++sheetsPerName[ exportFileName( sheet, QStringLiteral( "pdf" ), false ) ];
  QList<std::pair<QgsPrintLayout *, QString>> targets;
  QHash<QString, QString> layoutOfFile;
  for ( QgsPrintLayout *sheet : sheets )
  {
    const bool shared =
        sheetsPerName.value( exportFileName( sheet, QStringLiteral( "pdf" ), false ) ) > 1;
    for ( const QString &extension : extensions )
    {
      if ( extension == QLatin1String( "png" ) && sheet->atlas()->enabled() )
        continue;
      const QString path = QDir( folder ).filePath( exportFileName( sheet, extension, shared ) );
      if ( layoutOfFile.contains( path ) )
        return Result::failure(
            tr( "The map sheets '%1' and '%2' would both be written to %3; rename one of them" )
                .arg( layoutOfFile.value( path ), sheet->name(),
                      QDir::toNativeSeparators( path ) ) );
      layoutOfFile.insert( path, sheet->name() );
      targets.append( { sheet, path } );
    }
  }
  return Result::success( targets );
}

void DpkRunPanel::chooseExportFolder()
{
  // The run's output folder is offered first: the sheets belong beside its GeoPackage.
  QString start = QgsProject::instance()->absolutePath();
  if ( const std::optional<DpkRunConfig> stored =
           DpkProjectUpdater::storedRun( QgsProject::instance() ) )
  {
    start = QFileInfo( stored->outputDir ).isAbsolute()
                ? stored->outputDir
                : QDir( start ).absoluteFilePath( stored->outputDir );
  }
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr( "Choose the folder for the map sheets' PDF files" ), start );
  if ( !folder.isEmpty() )
    exportSheets( folder, mExportPng->isChecked() );
}

DpkResult<QStringList> DpkRunPanel::exportSheets( const QString &folder, bool png )
{
  using Result = DpkResult<QStringList>;
  if ( isRunning() || isExporting() )
    return Result::failure(
        tr( "The map sheets cannot be exported while a map is being made or exported." ) );
  const QList<QgsPrintLayout *> sheets = exportableSheets();
  if ( sheets.isEmpty() )
  {
    const QString message =
        tr( "The project holds no map sheets of Data på karta to export; make them first." );
    mStatus->setText( message );
    return Result::failure( message );
  }
  if ( !QDir().mkpath( folder ) )
  {
    const QString message = tr( "%1: the folder for the map sheets cannot be created" )
                                .arg( QDir::toNativeSeparators( folder ) );
    showFailure( message, message );
    return Result::failure( message );
  }

  // One step per file: a PDF per sheet and atlas, and a PNG per sheet when asked for.
  const DpkResult<QList<std::pair<QgsPrintLayout *, QString>>> targets =
      exportTargets( sheets, folder, png );
  if ( !targets.isOk() )
  {
    showFailure( targets.error(), targets.error() );
    return Result::failure( targets.error() );
  }
  QList<std::pair<QPointer<QgsPrintLayout>, QString>> steps;
  for ( const auto &target : targets.value() )
    steps.append( { target.first, target.second } );

  QgsFeedback feedback;
  mExportFeedback = &feedback;
  QProgressDialog progress( tr( "Exporting the map sheets…" ), tr( "Cancel" ), 0, 100, this );
  progress.setObjectName( QStringLiteral( "DataPaKartaExportProgress" ) );
  progress.setWindowTitle( tr( "Data på karta" ) );
  progress.setWindowModality( Qt::WindowModal );
  progress.setMinimumDuration( 0 );
  connect( &progress, &QProgressDialog::canceled, &feedback, &QgsFeedback::cancel );
  int step = 0;
  const auto report = [ this, &progress, &step, &steps ]( double withinStep )
  {
    const double percent = 100.0 * ( step + withinStep / 100.0 ) / steps.size();
    progress.setValue( static_cast<int>( percent ) );
    mProgress->setValue( static_cast<int>( percent ) );
    emit exportProgressed( percent );
    // As in QGIS's layout designer: the window keeps drawing and Cancel can be pressed.
    QCoreApplication::processEvents();
  };
  connect( &feedback, &QgsFeedback::progressChanged, this, report );
  mStatus->setText( tr( "Exporting the map sheets…" ) );
  updateButtons();

  QStringList written;
  QString error;
  for ( ; step < steps.size(); ++step )
  {
    report( 0 );
    QgsPrintLayout *layout = steps.at( step ).first;
    if ( feedback.isCanceled() || !layout )
    {
      error = layout ? tr( "the export was cancelled" )
                     : tr( "a map sheet was removed during the export" );
      break;
    }
    const QString &path = steps.at( step ).second;
    const DpkResult<QString> file = path.endsWith( QLatin1String( ".png" ) )
                                        ? DpkLayoutExporter::exportPng( layout, path, &feedback )
                                        : DpkLayoutExporter::exportPdf( layout, path, &feedback );
    if ( !file.isOk() )
    {
      error = file.error();
      break;
    }
    written << file.value();
  }
  if ( error.isEmpty() )
    report( 0 );
  const bool cancelled = feedback.isCanceled();
  mExportFeedback = nullptr;
  progress.reset();
  updateButtons();

  if ( !error.isEmpty() )
  {
    const QString message = cancelled
                                ? tr( "The export of the map sheets was cancelled; the "
                                      "files not yet written were left as they were." )
                                : tr( "The map sheets could not be exported: %1" ).arg( error );
    mStatus->setText( message );
    mSummary->appendPlainText( message );
    if ( mMessageBar )
      mMessageBar->pushMessage( tr( "Data på karta" ), message,
                                cancelled ? Qgis::MessageLevel::Info
                                          : Qgis::MessageLevel::Critical );
    if ( !cancelled )
      DpkQgisCompat::logWarning( message );
    return Result::failure( message );
  }

  mSummary->appendPlainText(
      tr( "Map sheets exported:\n%1" )
          .arg( QStringLiteral( "  " ) + written.join( QStringLiteral( "\n  " ) ) ) );
  mStatus->setText( tr( "%n file(s) written to %1.", nullptr, written.size() )
                        .arg( QDir::toNativeSeparators( folder ) ) );
  if ( mMessageBar )
    mMessageBar->pushMessage( tr( "Data på karta" ), mStatus->text(), Qgis::MessageLevel::Success );
  return Result::success( written );
}

void DpkRunPanel::cancelExport()
{
  if ( mExportFeedback )
    mExportFeedback->cancel();
}

QString DpkRunPanel::demoFolder()
{
  return QDir( QgsApplication::qgisSettingsDirPath() )
      .filePath( QStringLiteral( "datapakarta/demo" ) );
}

bool DpkRunPanel::tryDemo( const QString &folder )
{
  if ( isRunning() || isExporting() )
    return false;

  // The demo goes into a project of its own, never into the user's: their run stays theirs.
  if ( !projectIsBlank() )
  {
    if ( !mHost )
    {
      mStatus->setText( tr( "The demo was not started: it opens in a new project, and this one "
                            "holds your work. Start a new project first." ) );
      return false;
    }
    if ( !mHost->newProject() )
    {
      mStatus->setText( tr( "The demo was not started: the current project stays open." ) );
      return false;
    }
  }

  // The demo data go into "data"; the map, as from datapakarta demo, into the folder above.
  // Data written by an earlier demo are used as they are: a layer may still have them open.
  const QString target = QDir( folder.isEmpty() ? demoFolder() : folder ).absolutePath();
  const QString dataFolder = QDir( target ).filePath( QStringLiteral( "data" ) );
  const QString earlierRun = QDir( dataFolder ).filePath( DpkDemoData::RUN_FILE );
  const DpkResult<QString> runFile = QFileInfo::exists( earlierRun )
                                         ? DpkResult<QString>::success( earlierRun )
                                         : DpkDemoData::write( dataFolder, target );
  QFile file( runFile.isOk() ? runFile.value() : QString() );
  const DpkResult<DpkRunConfig> read =
      !runFile.isOk() ? DpkResult<DpkRunConfig>::failure( runFile.error() )
      : file.open( QIODevice::ReadOnly )
          ? DpkRunConfig::fromJson( file.readAll(), runFile.value() )
          : DpkResult<DpkRunConfig>::failure( tr( "%1: the run configuration cannot be read: %2" )
                                                  .arg( runFile.value(), file.errorString() ) );
  if ( !read.isOk() )
  {
    showFailure( tr( "The demo could not be prepared: %1" ).arg( read.error() ), read.error() );
    return false;
  }

  // Paths of the run are made absolute, so that Update finds the data from any project folder.
  DpkRunConfig config = read.value();
  const QDir data( dataFolder );
  config.results.path = data.absoluteFilePath( config.results.path );
  config.schools.path = data.absoluteFilePath( config.schools.path );
  config.areas.path = data.absoluteFilePath( config.areas.path );
  config.outputDir = data.absoluteFilePath( config.outputDir );

  // The demo's areas become a layer of the project, so that the form shows the whole run.
  QgsVectorLayer *areas = DpkRunForm::findAreaLayer( QgsProject::instance(), config.areas );
  if ( !areas )
  {
    auto layer = std::make_unique<QgsVectorLayer>(
        QStringLiteral( "%1|layername=%2" ).arg( config.areas.path, config.areas.layerName ),
        tr( "Demoköping areas" ), QStringLiteral( "ogr" ) );
    if ( layer->isValid() )
      areas =
          qobject_cast<QgsVectorLayer *>( QgsProject::instance()->addMapLayer( layer.release() ) );
  }
  mForm->setConfig( config );
  const int templateIndex = mSheetTemplate->findText( config.layout.templateName );
  if ( templateIndex >= 0 )
    mSheetTemplate->setCurrentIndex( templateIndex );
  mAtlasPerArea->setChecked( config.layout.atlas );

  if ( !start( config, nullptr ) )
    return false;
  mSheetsAfterBuild = true;
  mStatus->setText(
      tr( "Making the demo map of Demoköping in %1…" ).arg( QDir::toNativeSeparators( target ) ) );
  return true;
}

bool DpkRunPanel::projectIsBlank() const
{
  QgsProject *project = QgsProject::instance();
  return project->fileName().isEmpty() && project->mapLayers().isEmpty() &&
         project->layoutManager()->printLayouts().isEmpty() &&
         !DpkProjectUpdater::storedTemplateRun( project ).has_value();
}

void DpkRunPanel::failed( const QString &error )
{
  mSheetsAfterBuild = false;
  mFiles.reset();
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
  const bool busy = isRunning() || isExporting();
  mMakeMap->setEnabled( !busy );
  mUpdate->setEnabled( !busy &&
                       DpkProjectUpdater::storedRun( QgsProject::instance() ).has_value() );
  mMakeSheets->setEnabled( !busy && mLastBuild.has_value() );
  mExportSheets->setEnabled( !busy && !exportableSheets().isEmpty() );
  mTryDemo->setEnabled( !busy );
  mCancel->setVisible( busy );
  mProgress->setVisible( busy );
}

QString DpkRunPanel::askForOutputFolder()
{
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr( "The project is not saved: choose a folder for the map's GeoPackage" ) );
  if ( folder.isEmpty() )
    return QString();
  return QDir( folder ).filePath( QStringLiteral( "datapakarta.gpkg" ) );
}
