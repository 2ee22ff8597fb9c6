#include "dpkrunform.h"

#include "dpkdockwidget.h"
#include "dpkexportperiodtask.h"
#include "dpkskolverketapireader.h"

#include <qgsapplication.h>
#include <qgsauthconfigselect.h>
#include <qgsfieldcombobox.h>
#include <qgsfilewidget.h>
#include <qgsmaplayercombobox.h>
#include <qgsmaplayerproxymodel.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace
{
const QString EXPORT_KEY = QStringLiteral( "skolverket-export" );
const QString API_KEY = QStringLiteral( "skolverket-api" );

bool isHttpUrl( const QString &text )
{
  const QUrl url( text, QUrl::StrictMode );
  return url.isValid() && !url.host().isEmpty() &&
         ( url.scheme() == QLatin1String( "http" ) || url.scheme() == QLatin1String( "https" ) );
}

QString defaultCacheFolder()
{
  return QDir( QgsApplication::qgisSettingsDirPath() )
      .filePath( QStringLiteral( "datapakarta/api-cache" ) );
}

QLabel *noteLabel( const QString &objectName, QWidget *parent )
{
  auto *label = new QLabel( parent );
  label->setObjectName( objectName );
  label->setWordWrap( true );
  label->setTextInteractionFlags( Qt::TextSelectableByMouse );
  label->hide();
  return label;
}

QString canonical( const QString &path )
{
  const QFileInfo info( path );
  return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

DpkRunForm::DpkRunForm( QWidget *parent )
  : QWidget( parent )
{
  setObjectName( QStringLiteral( "DataPaKartaRunForm" ) );
  buildLayout();
  reset();
}

void DpkRunForm::buildLayout()
{
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->addWidget( buildResultsBox() );
  layout->addWidget( buildSchoolsBox() );

  auto *what = new QGroupBox( tr( "What to map" ), this );
  auto *whatLayout = new QFormLayout( what );
  mMunicipality = new QLineEdit( what );
  mMunicipality->setObjectName( QStringLiteral( "DataPaKartaMunicipality" ) );
  mMunicipality->setPlaceholderText( tr( "kommunkod, e.g. 0180" ) );
  mMunicipality->setValidator( new QRegularExpressionValidator(
      QRegularExpression( QStringLiteral( "^\\d{0,4}$" ) ), mMunicipality ) );
  whatLayout->addRow( tr( "Municipality" ), mMunicipality );

  mPeriod = new QComboBox( what );
  mPeriod->setObjectName( QStringLiteral( "DataPaKartaPeriod" ) );
  mPeriod->setEditable( true );
  mPeriod->setInsertPolicy( QComboBox::NoInsert );
  mPeriod->setToolTip(
      tr( "The school years found in the export, or one typed such as 2024/25; \"latest\" takes "
          "the latest year with figures." ) );
  whatLayout->addRow( tr( "School year" ), mPeriod );
  mPeriodNote = noteLabel( QStringLiteral( "DataPaKartaPeriodNote" ), what );
  whatLayout->addRow( mPeriodNote );

  mIndicatorList = new QListWidget( what );
  mIndicatorList->setObjectName( QStringLiteral( "DataPaKartaRunIndicators" ) );
  mIndicatorList->setMinimumHeight( 140 );
  whatLayout->addRow( tr( "Indicators" ), mIndicatorList );
  layout->addWidget( what );

  layout->addWidget( buildAreasBox() );

  auto *output = new QGroupBox( tr( "Output" ), this );
  auto *outputLayout = new QFormLayout( output );
  mOutput = new QgsFileWidget( output );
  mOutput->setObjectName( QStringLiteral( "DataPaKartaOutput" ) );
  mOutput->setStorageMode( QgsFileWidget::SaveFile );
  mOutput->setFilter( tr( "GeoPackage (*.gpkg)" ) );
  mOutput->setDialogTitle( tr( "GeoPackage for the map's layers" ) );
  // Writing the same GeoPackage again is how a run is updated.
  mOutput->setConfirmOverwrite( false );
  outputLayout->addRow( tr( "GeoPackage" ), mOutput );
  layout->addWidget( output );

  // Saving under a new name does not always announce the new name; saving itself does.
  connect( QgsProject::instance(), &QgsProject::fileNameChanged, this,
           &DpkRunForm::updateOutputPlaceholder );
  connect( QgsProject::instance(), &QgsProject::projectSaved, this,
           &DpkRunForm::updateOutputPlaceholder );
  connect( QgsProject::instance(), &QgsProject::readProject, this,
           &DpkRunForm::updateOutputPlaceholder );
}

QWidget *DpkRunForm::buildResultsBox()
{
  auto *box = new QGroupBox( tr( "Results" ), this );
  auto *layout = new QFormLayout( box );
  mResultsType = new QComboBox( box );
  mResultsType->setObjectName( QStringLiteral( "DataPaKartaResultsType" ) );
  mResultsType->addItem( tr( "Skolverket export file" ), EXPORT_KEY );
  mResultsType->addItem( tr( "Skolverket API" ), API_KEY );
  layout->addRow( tr( "Source" ), mResultsType );

  mResultsPages = new QStackedWidget( box );
  mResultsFile = new QgsFileWidget( mResultsPages );
  mResultsFile->setObjectName( QStringLiteral( "DataPaKartaResultsFile" ) );
  mResultsFile->setFilter( tr( "Skolverket exports (*.csv *.xlsx);;All files (*)" ) );
  mResultsFile->setDialogTitle( tr( "Skolverket statistics export" ) );
  mResultsPages->addWidget( mResultsFile );

  auto *apiPage = new QWidget( mResultsPages );
  auto *apiLayout = new QFormLayout( apiPage );
  apiLayout->setContentsMargins( 0, 0, 0, 0 );
  mResultsUrl = new QLineEdit( apiPage );
  mResultsUrl->setObjectName( QStringLiteral( "DataPaKartaResultsUrl" ) );
  apiLayout->addRow( tr( "Address" ), mResultsUrl );
  mResultsCache = new QgsFileWidget( apiPage );
  mResultsCache->setObjectName( QStringLiteral( "DataPaKartaResultsCache" ) );
  mResultsCache->setStorageMode( QgsFileWidget::GetDirectory );
  apiLayout->addRow( tr( "Cache folder" ), mResultsCache );
  mResultsAuth = new QgsAuthConfigSelect( apiPage );
  mResultsAuth->setObjectName( QStringLiteral( "DataPaKartaResultsAuthentication" ) );
  apiLayout->addRow( tr( "Authentication" ), mResultsAuth );
  connect( mResultsAuth, &QgsAuthConfigSelect::selectedConfigIdChanged, this,
           [ this ] { mResultsMissingAuth.clear(); } );
  mResultsPages->addWidget( apiPage );
  layout->addRow( mResultsPages );

  connect( mResultsType, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [ this ]
           {
             updateSourceWidgets();
             readPeriods();
           } );
  connect( mResultsFile, &QgsFileWidget::fileChanged, this, &DpkRunForm::readPeriods );
  return box;
}

QWidget *DpkRunForm::buildSchoolsBox()
{
  auto *box = new QGroupBox( tr( "School locations (Skolverket API)" ), this );
  auto *layout = new QFormLayout( box );
  mSchoolsSameAsResults = new QCheckBox( tr( "Same as the results" ), box );
  mSchoolsSameAsResults->setObjectName( QStringLiteral( "DataPaKartaSchoolsSameAsResults" ) );
  layout->addRow( mSchoolsSameAsResults );
  mSchoolsUrl = new QLineEdit( box );
  mSchoolsUrl->setObjectName( QStringLiteral( "DataPaKartaSchoolsUrl" ) );
  layout->addRow( tr( "Address" ), mSchoolsUrl );
  mSchoolsCache = new QgsFileWidget( box );
  mSchoolsCache->setObjectName( QStringLiteral( "DataPaKartaSchoolsCache" ) );
  mSchoolsCache->setStorageMode( QgsFileWidget::GetDirectory );
  layout->addRow( tr( "Cache folder" ), mSchoolsCache );
  mSchoolsAuth = new QgsAuthConfigSelect( box );
  mSchoolsAuth->setObjectName( QStringLiteral( "DataPaKartaSchoolsAuthentication" ) );
  layout->addRow( tr( "Authentication" ), mSchoolsAuth );
  connect( mSchoolsAuth, &QgsAuthConfigSelect::selectedConfigIdChanged, this,
           [ this ] { mSchoolsMissingAuth.clear(); } );
  connect( mSchoolsSameAsResults, &QCheckBox::toggled, this, &DpkRunForm::updateSourceWidgets );
  return box;
}

QWidget *DpkRunForm::buildAreasBox()
{
  auto *box = new QGroupBox( tr( "Areas" ), this );
  auto *layout = new QFormLayout( box );
  mAreaLayer = new QgsMapLayerComboBox( box );
  mAreaLayer->setObjectName( QStringLiteral( "DataPaKartaAreaLayer" ) );
  mAreaLayer->setFilters( QgsMapLayerProxyModel::PolygonLayer );
  mAreaLayer->setAllowEmptyLayer( true, tr( "none (schools only)" ) );
  layout->addRow( tr( "Area layer" ), mAreaLayer );
  mCodeField = new QgsFieldComboBox( box );
  mCodeField->setObjectName( QStringLiteral( "DataPaKartaAreaCodeField" ) );
  layout->addRow( tr( "Code field" ), mCodeField );
  mNameField = new QgsFieldComboBox( box );
  mNameField->setObjectName( QStringLiteral( "DataPaKartaAreaNameField" ) );
  mNameField->setAllowEmptyFieldName( true );
  mNameField->setToolTip( tr( "Empty: the code names the area." ) );
  layout->addRow( tr( "Name field" ), mNameField );
  mAreaNote = noteLabel( QStringLiteral( "DataPaKartaAreaNote" ), box );
  layout->addRow( mAreaNote );

  connect( mAreaLayer, &QgsMapLayerComboBox::layerChanged, this,
           [ this ]( QgsMapLayer *layer )
           {
             mCodeField->setLayer( layer );
             mNameField->setLayer( layer );
             mCodeField->setEnabled( layer != nullptr );
             mNameField->setEnabled( layer != nullptr );
             if ( layer )
               mAreaNote->hide();
           } );
  return box;
}

void DpkRunForm::setCatalogue( const DpkIndicatorCatalogue &catalogue )
{
  const QStringList chosen = checkedIndicators();
  mIndicators = catalogue.indicators();
  mIndicatorList->clear();
  const QString language = DpkDockWidget::indicatorLanguage();
  for ( const DpkIndicator &indicator : mIndicators )
  {
    auto *item = new QListWidgetItem( indicator.name( language ), mIndicatorList );
    item->setData( Qt::UserRole, indicator.id );
    item->setToolTip( indicator.description( language ) );
    item->setFlags( Qt::ItemIsEnabled | Qt::ItemIsUserCheckable );
    item->setCheckState( chosen.contains( indicator.id ) ? Qt::Checked : Qt::Unchecked );
  }
}

void DpkRunForm::updateSourceWidgets()
{
  const bool api = mResultsType->currentData().toString() == API_KEY;
  mResultsPages->setCurrentIndex( api ? 1 : 0 );
  mSchoolsSameAsResults->setEnabled( api );
  const bool same = api && mSchoolsSameAsResults->isChecked();
  mSchoolsUrl->setEnabled( !same );
  mSchoolsCache->setEnabled( !same );
  mSchoolsAuth->setEnabled( !same );
}

void DpkRunForm::readPeriods()
{
  stopReadingPeriods();
  mPeriodNote->hide();
  const QString path = mResultsFile->filePath();
  if ( resultsSource().type != DpkSourceConfig::Type::SkolverketExport || path.isEmpty() ||
       !QFileInfo( path ).isFile() )
  {
    showPeriods( path, {} );
    return;
  }

  // Even a small export is read in the background: the file may sit on a slow network share.
  mPeriodTask = new DpkExportPeriodTask( path, mIndicators );
  // Only the latest task speaks: an earlier one, cancelled or not, may still report back.
  DpkExportPeriodTask *task = mPeriodTask;
  connect( task, &DpkExportPeriodTask::periodsFound, this,
           [ this, task ]( const QString &taskPath, const QList<DpkPeriod> &periods )
           {
             if ( task == mPeriodTask )
               showPeriods( taskPath, periods );
           } );
  connect( task, &DpkExportPeriodTask::failed, this,
           [ this, task ]( const QString &taskPath, const QString &error )
           {
             if ( task == mPeriodTask )
               showPeriodError( taskPath, error );
           } );
  mPeriodNote->setText( tr( "Reading the school years of the export…" ) );
  mPeriodNote->show();
  QgsApplication::taskManager()->addTask( mPeriodTask );
}

void DpkRunForm::stopReadingPeriods()
{
  // Forgotten first, so that a task that ends at once on cancel() reports to nobody.
  QPointer<DpkExportPeriodTask> task = mPeriodTask;
  mPeriodTask.clear();
  if ( task )
    task->cancel();
}

void DpkRunForm::showPeriods( const QString &path, const QList<DpkPeriod> &periods )
{
  if ( path != mResultsFile->filePath() )
    return;
  mPeriodNote->hide();
  const DpkResult<DpkPeriod> chosen = period();
  while ( mPeriod->count() > 1 )
    mPeriod->removeItem( 1 );
  for ( const DpkPeriod &period : periods )
    mPeriod->addItem( period.toString(), period.toString() );
  selectPeriod( chosen.isOk() ? chosen.value() : DpkPeriod() );
  emit periodsRead();
}

void DpkRunForm::showPeriodError( const QString &path, const QString &error )
{
  if ( path != mResultsFile->filePath() )
    return;
  mPeriodNote->setText( tr( "The school years of the export could not be read: %1" ).arg( error ) );
  mPeriodNote->show();
  emit periodsRead();
}

void DpkRunForm::selectPeriod( const DpkPeriod &period )
{
  if ( !period.isValid() )
  {
    mPeriod->setCurrentIndex( 0 );
    return;
  }
  int index = mPeriod->findData( period.toString() );
  if ( index < 0 )
  {
    mPeriod->addItem( period.toString(), period.toString() );
    index = mPeriod->count() - 1;
  }
  mPeriod->setCurrentIndex( index );
}

QStringList DpkRunForm::offeredPeriods() const
{
  QStringList periods;
  for ( int i = 1; i < mPeriod->count(); ++i )
    periods << mPeriod->itemText( i );
  return periods;
}

void DpkRunForm::updateOutputPlaceholder()
{
  const QString fallback = defaultOutputPath();
  mOutput->lineEdit()->setPlaceholderText(
      fallback.isEmpty() ? tr( "asked for when the map is made (the project is not saved)" )
                         : fallback );
}

QString DpkRunForm::defaultOutputPath() const
{
  const QString projectFile = QgsProject::instance()->fileName();
  if ( projectFile.isEmpty() )
    return QString();
  const QFileInfo info( projectFile );
  return info.absoluteDir().filePath( info.completeBaseName() + QStringLiteral( ".gpkg" ) );
}

DpkResult<DpkPeriod> DpkRunForm::period() const
{
  const QString text = mPeriod->currentText().trimmed();
  if ( text.isEmpty() || text == mPeriod->itemText( 0 ) )
    return DpkResult<DpkPeriod>::success( DpkPeriod() );
  const DpkResult<DpkPeriod> parsed = DpkPeriod::parse( text );
  if ( !parsed.isOk() )
  {
    return DpkResult<DpkPeriod>::failure(
        tr( "School year: \"%1\" is not a school year such as 2024/25." ).arg( text ) );
  }
  return parsed;
}

void DpkRunForm::setOutputPath( const QString &path )
{
  mOutput->setFilePath( path );
}

QString DpkRunForm::outputPath() const
{
  QString path = mOutput->filePath().trimmed();
  if ( path.isEmpty() )
    return defaultOutputPath();
  if ( !path.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
    path += QStringLiteral( ".gpkg" );
  return path;
}

DpkSourceConfig DpkRunForm::resultsSource() const
{
  DpkSourceConfig source;
  if ( mResultsType->currentData().toString() == API_KEY )
  {
    source.type = DpkSourceConfig::Type::SkolverketApi;
    source.baseUrl = mResultsUrl->text().trimmed();
    source.cacheDir = mResultsCache->filePath().trimmed();
    source.authcfg = mResultsAuth->configId();
  }
  else
  {
    source.type = DpkSourceConfig::Type::SkolverketExport;
    source.path = mResultsFile->filePath().trimmed();
  }
  return source;
}

DpkSourceConfig DpkRunForm::schoolsSource() const
{
  const DpkSourceConfig results = resultsSource();
  if ( results.type == DpkSourceConfig::Type::SkolverketApi && mSchoolsSameAsResults->isChecked() )
    return results;
  DpkSourceConfig source;
  source.type = DpkSourceConfig::Type::SkolverketApi;
  source.baseUrl = mSchoolsUrl->text().trimmed();
  source.cacheDir = mSchoolsCache->filePath().trimmed();
  source.authcfg = mSchoolsAuth->configId();
  return source;
}

QStringList DpkRunForm::checkedIndicators() const
{
  QStringList ids;
  for ( int i = 0; i < mIndicatorList->count(); ++i )
  {
    const QListWidgetItem *item = mIndicatorList->item( i );
    if ( item->checkState() == Qt::Checked )
      ids << item->data( Qt::UserRole ).toString();
  }
  return ids;
}

void DpkRunForm::checkIndicators( const QStringList &ids )
{
  for ( int i = 0; i < mIndicatorList->count(); ++i )
  {
    QListWidgetItem *item = mIndicatorList->item( i );
    item->setCheckState( ids.contains( item->data( Qt::UserRole ).toString() ) ? Qt::Checked
                                                                               : Qt::Unchecked );
  }
}

QgsVectorLayer *DpkRunForm::areaLayer() const
{
  return qobject_cast<QgsVectorLayer *>( mAreaLayer->currentLayer() );
}

DpkResult<DpkRunConfig> DpkRunForm::config() const
{
  QStringList missing;
  DpkRunConfig config;

  config.results = resultsSource();
  if ( config.results.type == DpkSourceConfig::Type::SkolverketExport )
  {
    if ( config.results.path.isEmpty() )
      missing << tr( "Results: choose the Skolverket export file." );
    else if ( !QFileInfo( config.results.path ).isFile() )
      missing << tr( "Results: the export file %1 does not exist." ).arg( config.results.path );
  }
  else if ( !isHttpUrl( config.results.baseUrl ) )
  {
    missing << tr( "Results: enter the address of Skolverket's API, e.g. %1." )
                   .arg( DpkSkolverketApiReader::defaultBaseUrl().toString() );
  }
  if ( config.results.type == DpkSourceConfig::Type::SkolverketApi &&
       !mResultsMissingAuth.isEmpty() )
  {
    missing << tr( "Results: the authentication configuration \"%1\" of the stored run is not in "
                   "QGIS's authentication database; create it under Settings → Options → "
                   "Authentication, or choose another one." )
                   .arg( mResultsMissingAuth );
  }
  config.schools = schoolsSource();
  if ( !isHttpUrl( config.schools.baseUrl ) )
  {
    missing << tr( "School locations: enter the address of Skolverket's API, e.g. %1." )
                   .arg( DpkSkolverketApiReader::defaultBaseUrl().toString() );
  }
  const bool schoolsFromResults = config.results.type == DpkSourceConfig::Type::SkolverketApi &&
                                  mSchoolsSameAsResults->isChecked();
  if ( !schoolsFromResults && !mSchoolsMissingAuth.isEmpty() )
  {
    missing << tr( "School locations: the authentication configuration \"%1\" of the stored run "
                   "is not in QGIS's authentication database; create it under Settings → "
                   "Options → Authentication, or choose another one." )
                   .arg( mSchoolsMissingAuth );
  }

  config.municipality = mMunicipality->text().trimmed();
  if ( config.municipality.size() != 4 )
    missing << tr( "Municipality: enter its kommunkod of 4 digits, e.g. 0180 for Stockholm." );

  const DpkResult<DpkPeriod> period = this->period();
  if ( period.isOk() )
    config.period = period.value();
  else
    missing << period.error();

  config.indicators = checkedIndicators();
  if ( config.indicators.isEmpty() )
    missing << tr( "Indicators: tick at least one indicator." );

  if ( QgsVectorLayer *layer = areaLayer() )
  {
    config.hasAreas = true;
    config.areas = areaConfigOf( layer, mCodeField->currentField(), mNameField->currentField() );
    if ( config.areas.codeField.isEmpty() )
      missing << tr( "Areas: choose the field that holds each area's code." );
  }

  const QString output = outputPath();
  if ( output.isEmpty() )
  {
    missing << tr( "GeoPackage: choose the file the layers are written to (the project is not "
                   "saved, so there is no folder beside it)." );
  }
  else
  {
    const QFileInfo info( output );
    config.outputDir = info.absolutePath();
    config.outputName = info.completeBaseName();
  }

  if ( !missing.isEmpty() )
    return DpkResult<DpkRunConfig>::failure( missing.join( QLatin1Char( '\n' ) ) );
  return DpkResult<DpkRunConfig>::success( config );
}

void DpkRunForm::setConfig( const DpkRunConfig &config )
{
  const bool resultsFromApi = config.results.type == DpkSourceConfig::Type::SkolverketApi;
  mResultsType->setCurrentIndex( mResultsType->findData( resultsFromApi ? API_KEY : EXPORT_KEY ) );
  mResultsFile->setFilePath( resultsFromApi ? QString() : config.results.path );
  mResultsUrl->setText( resultsFromApi ? config.results.baseUrl
                                       : DpkSkolverketApiReader::defaultBaseUrl().toString() );
  mResultsCache->setFilePath( resultsFromApi ? config.results.cacheDir : defaultCacheFolder() );
  // QGIS's selector drops an id its database lacks (a project from another computer): remember
  // it, so that the form asks for a configuration instead of running without credentials.
  const QString resultsAuth = resultsFromApi ? config.results.authcfg : QString();
  mResultsAuth->setConfigId( resultsAuth );
  mResultsMissingAuth = mResultsAuth->configId() == resultsAuth ? QString() : resultsAuth;
  mSchoolsSameAsResults->setChecked( resultsFromApi &&
                                     config.results.baseUrl == config.schools.baseUrl &&
                                     config.results.cacheDir == config.schools.cacheDir &&
                                     config.results.authcfg == config.schools.authcfg );
  mSchoolsUrl->setText( config.schools.baseUrl );
  mSchoolsCache->setFilePath( config.schools.cacheDir );
  mSchoolsAuth->setConfigId( config.schools.authcfg );
  mSchoolsMissingAuth =
      mSchoolsAuth->configId() == config.schools.authcfg ? QString() : config.schools.authcfg;
  updateSourceWidgets();

  mMunicipality->setText( config.municipality );
  selectPeriod( config.period );
  checkIndicators( config.indicators );

  QgsVectorLayer *layer =
      config.hasAreas ? findAreaLayer( QgsProject::instance(), config.areas ) : nullptr;
  mAreaLayer->setLayer( layer );
  if ( layer )
  {
    mCodeField->setField( config.areas.codeField );
    mNameField->setField( config.areas.nameField );
  }
  else if ( config.hasAreas )
  {
    mAreaNote->setText( tr( "The area file %1 of the stored run is not a layer of this project: "
                            "Update still reads it from the file; add it to the project to "
                            "choose it here." )
                            .arg( config.areas.path ) );
    mAreaNote->show();
  }

  const QString folder =
      QFileInfo( config.outputDir ).isAbsolute()
          ? config.outputDir
          : QDir( QgsProject::instance()->absolutePath() ).absoluteFilePath( config.outputDir );
  mOutput->setFilePath(
      config.outputName.isEmpty()
          ? QString()
          : QDir( folder ).filePath( config.outputName + QStringLiteral( ".gpkg" ) ) );
}

void DpkRunForm::reset()
{
  DpkRunConfig empty;
  empty.results.type = DpkSourceConfig::Type::SkolverketExport;
  empty.schools.type = DpkSourceConfig::Type::SkolverketApi;
  empty.schools.baseUrl = DpkSkolverketApiReader::defaultBaseUrl().toString();
  empty.schools.cacheDir = defaultCacheFolder();

  stopReadingPeriods();
  mPeriod->clear();
  mPeriod->addItem( tr( "latest" ), QString() );
  mPeriodNote->hide();
  mAreaNote->hide();
  setConfig( empty );
  mSchoolsSameAsResults->setChecked( true );
  updateSourceWidgets();
  updateOutputPlaceholder();
}

QgsVectorLayer *DpkRunForm::findAreaLayer( QgsProject *project, const DpkAreaConfig &areas )
{
  const QString wanted =
      canonical( QFileInfo( areas.path ).isAbsolute()
                     ? areas.path
                     : QDir( project->absolutePath() ).absoluteFilePath( areas.path ) );
  for ( QgsMapLayer *mapLayer : project->mapLayers() )
  {
    auto *layer = qobject_cast<QgsVectorLayer *>( mapLayer );
    if ( !layer || layer->geometryType() != QgsWkbTypes::PolygonGeometry )
      continue;
    const DpkAreaConfig candidate = areaConfigOf( layer, QString(), QString() );
    if ( canonical( candidate.path ) == wanted && candidate.layerName == areas.layerName )
      return layer;
  }
  return nullptr;
}

DpkAreaConfig DpkRunForm::areaConfigOf( const QgsVectorLayer *layer, const QString &codeField,
                                        const QString &nameField )
{
  const QVariantMap parts =
      QgsProviderRegistry::instance()->decodeUri( layer->providerType(), layer->source() );
  DpkAreaConfig areas;
  areas.path = parts.value( QStringLiteral( "path" ) ).toString();
  if ( areas.path.isEmpty() )
    areas.path = layer->source();
  areas.layerName = parts.value( QStringLiteral( "layerName" ) ).toString();
  areas.codeField = codeField;
  areas.nameField = nameField.isEmpty() ? codeField : nameField;
  return areas;
}
