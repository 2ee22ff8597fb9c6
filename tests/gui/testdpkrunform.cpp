#include "dpkguitestsupport.h"
#include "dpkprojectupdater.h"
#include "dpkrunform.h"
#include "dpkstockholmform.h"
#include "dpktestauthconfig.h"

#include <qgsapplication.h>
#include <qgsauthconfigselect.h>
#include <qgsauthmanager.h>
#include <qgsmaplayercombobox.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
QByteArray jsonOf( const DpkRunConfig &config )
{
  return QJsonDocument( config.toJson() ).toJson( QJsonDocument::Compact );
}
} // namespace

using DpkRunFormOnStockholm = DpkStockholmFormFixture;

TEST_F( DpkRunFormOnStockholm, OffersTheSchoolYearOfTheChosenExport )
{
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  EXPECT_TRUE( form.offeredPeriods().isEmpty() );

  fillForm( &form );
  ASSERT_FALSE( HasFatalFailure() );
  EXPECT_EQ( form.offeredPeriods(), QStringList{ QStringLiteral( "2024/25" ) } );
}

TEST_F( DpkRunFormOnStockholm, TurnsTheFilledFormIntoTheRunConfiguration )
{
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  fillForm( &form );
  ASSERT_FALSE( HasFatalFailure() );

  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_EQ( jsonOf( config.value() ), jsonOf( mConfig ) );
  EXPECT_EQ( form.areaLayer(), mAreaLayer );
}

TEST_F( DpkRunFormOnStockholm, FillsItselfFromAStoredConfigurationAndSelectsTheAreaLayer )
{
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  form.setConfig( mConfig );

  EXPECT_EQ( form.areaLayer(), mAreaLayer );
  EXPECT_FALSE(
      form.findChild<QWidget *>( QStringLiteral( "DataPaKartaAreaNote" ) )->isVisibleTo( &form ) );
  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_EQ( jsonOf( config.value() ), jsonOf( mConfig ) );
}

TEST_F( DpkRunFormOnStockholm, SaysWhenTheStoredAreaFileIsNotALayerOfTheProject )
{
  QgsProject::instance()->removeMapLayer( mAreaLayer );
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  form.setConfig( mConfig );

  EXPECT_EQ( form.areaLayer(), nullptr );
  auto *note = form.findChild<QLabel *>( QStringLiteral( "DataPaKartaAreaNote" ) );
  EXPECT_TRUE( note->isVisibleTo( &form ) );
  EXPECT_TRUE( note->text().contains( mConfig.areas.path ) ) << note->text().toStdString();
}

TEST_F( DpkRunFormOnStockholm, TakesTheSchoolLocationsFromTheResultsApiWhenAsked )
{
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  fillForm( &form );
  ASSERT_FALSE( HasFatalFailure() );
  auto *type = field<QComboBox>( &form, "DataPaKartaResultsType" );
  auto *same = field<QCheckBox>( &form, "DataPaKartaSchoolsSameAsResults" );
  EXPECT_FALSE( same->isEnabled() );

  type->setCurrentIndex( type->findData( QStringLiteral( "skolverket-api" ) ) );
  EXPECT_TRUE( same->isEnabled() );
  field<QLineEdit>( &form, "DataPaKartaResultsUrl" )->setText( mConfig.schools.baseUrl );
  same->setChecked( true );
  EXPECT_FALSE( field<QLineEdit>( &form, "DataPaKartaSchoolsUrl" )->isEnabled() );

  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_EQ( config.value().results.type, DpkSourceConfig::Type::SkolverketApi );
  EXPECT_EQ( config.value().results.baseUrl, mConfig.schools.baseUrl );
  EXPECT_EQ( config.value().schools.baseUrl, config.value().results.baseUrl );
  EXPECT_EQ( config.value().schools.cacheDir, config.value().results.cacheDir );
}

TEST_F( DpkRunFormOnStockholm, SaysExactlyWhatIsMissing )
{
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  field<QLineEdit>( &form, "DataPaKartaSchoolsUrl" )->setText( QStringLiteral( "not a url" ) );
  field<QgsMapLayerComboBox>( &form, "DataPaKartaAreaLayer" )->setLayer( mAreaLayer );
  field<QgsFieldComboBox>( &form, "DataPaKartaAreaCodeField" )->setField( QString() );

  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_FALSE( config.isOk() );
  const QStringList lines = config.error().split( QLatin1Char( '\n' ) );
  EXPECT_EQ( lines,
             ( QStringList{
                 QStringLiteral( "Results: choose the Skolverket export file." ),
                 QStringLiteral( "School locations: enter the address of Skolverket's API, e.g. "
                                 "https://api.skolverket.se/planned-educations/v4." ),
                 QStringLiteral( "Municipality: enter its kommunkod of 4 digits, e.g. 0180 for "
                                 "Stockholm." ),
                 QStringLiteral( "Indicators: tick at least one indicator." ),
                 QStringLiteral( "Areas: choose the field that holds each area's code." ),
                 QStringLiteral( "GeoPackage: choose the file the layers are written to (the "
                                 "project is not saved, so there is no folder beside it)." ) } ) );
}

TEST_F( DpkRunFormOnStockholm, NamesAnExportFileThatDoesNotExistAndAPeriodThatIsNoSchoolYear )
{
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  fillForm( &form );
  ASSERT_FALSE( HasFatalFailure() );
  const QString missing = mWork.filePath( QStringLiteral( "gone.csv" ) );
  field<QgsFileWidget>( &form, "DataPaKartaResultsFile" )->setFilePath( missing );
  field<QComboBox>( &form, "DataPaKartaPeriod" )->setEditText( QStringLiteral( "2024/26" ) );

  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_FALSE( config.isOk() );
  EXPECT_EQ( config.error(),
             QStringLiteral( "Results: the export file %1 does not exist.\n"
                             "School year: \"2024/26\" is not a school year such as 2024/25." )
                 .arg( missing ) );
}

TEST_F( DpkRunFormOnStockholm, AcceptsOnlyDigitsAsTheMunicipalityCode )
{
  DpkRunForm form;
  auto *municipality = field<QLineEdit>( &form, "DataPaKartaMunicipality" );
  QString text = QStringLiteral( "018a" );
  int position = 0;
  EXPECT_EQ( municipality->validator()->validate( text, position ), QValidator::Invalid );
  text = QStringLiteral( "01801" );
  EXPECT_EQ( municipality->validator()->validate( text, position ), QValidator::Invalid );
  text = QStringLiteral( "0180" );
  EXPECT_EQ( municipality->validator()->validate( text, position ), QValidator::Acceptable );
}

TEST_F( DpkRunFormOnStockholm, OffersOnlyPolygonLayersAsAreas )
{
  auto *points = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:3006" ),
                                     QStringLiteral( "Skolor" ), QStringLiteral( "memory" ) );
  QgsProject::instance()->addMapLayer( points );
  DpkRunForm form;
  auto *combo = field<QgsMapLayerComboBox>( &form, "DataPaKartaAreaLayer" );

  // "none" and the polygon layer.
  EXPECT_EQ( combo->count(), 2 );
  EXPECT_EQ( combo->currentLayer(), nullptr );
  EXPECT_EQ( combo->layer( 1 ), mAreaLayer );
}

TEST_F( DpkRunFormOnStockholm, ProposesAGeoPackageBesideTheSavedProject )
{
  DpkRunForm form;
  EXPECT_TRUE( form.outputPath().isEmpty() );

  const QString projectFile = mWork.filePath( QStringLiteral( "skolkarta.qgz" ) );
  ASSERT_TRUE( QgsProject::instance()->write( projectFile ) );
  EXPECT_EQ( form.outputPath(), mWork.filePath( QStringLiteral( "skolkarta.gpkg" ) ) );
  EXPECT_EQ( field<QgsFileWidget>( &form, "DataPaKartaOutput" )->lineEdit()->placeholderText(),
             mWork.filePath( QStringLiteral( "skolkarta.gpkg" ) ) );

  field<QgsFileWidget>( &form, "DataPaKartaOutput" )
      ->setFilePath( mWork.filePath( QStringLiteral( "annan" ) ) );
  EXPECT_EQ( form.outputPath(), mWork.filePath( QStringLiteral( "annan.gpkg" ) ) );
}

TEST_F( DpkRunFormOnStockholm, ResetEmptiesTheForm )
{
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  form.setConfig( mConfig );
  form.reset();

  EXPECT_TRUE( field<QLineEdit>( &form, "DataPaKartaMunicipality" )->text().isEmpty() );
  EXPECT_EQ( form.areaLayer(), nullptr );
  EXPECT_TRUE( field<QgsFileWidget>( &form, "DataPaKartaOutput" )->filePath().isEmpty() );
  EXPECT_EQ( field<QLineEdit>( &form, "DataPaKartaSchoolsUrl" )->text(),
             QStringLiteral( "https://api.skolverket.se/planned-educations/v4" ) );
  const DpkResult<DpkPeriod> period = form.period();
  ASSERT_TRUE( period.isOk() );
  EXPECT_FALSE( period.value().isValid() );
}

TEST_F( DpkRunFormOnStockholm, TakesTheSchoolsCredentialsFromQgisAuthenticationSelector )
{
  const DpkTestAuthConfig auth = DpkTestAuthConfig::storeBasic();
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  fillForm( &form );
  ASSERT_FALSE( HasFatalFailure() );
  auto *selector = field<QgsAuthConfigSelect>( &form, "DataPaKartaSchoolsAuthentication" );
  EXPECT_TRUE( selector->configId().isEmpty() );

  selector->setConfigId( auth.id );

  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_EQ( config.value().schools.authcfg, auth.id );
  EXPECT_TRUE( config.value().results.authcfg.isEmpty() ) << "the results come from a file";
  const QByteArray json = jsonOf( config.value() );
  EXPECT_TRUE( json.contains( auth.id.toUtf8() ) ) << json.toStdString();
  EXPECT_FALSE( json.contains( auth.userName.toUtf8() ) ) << json.toStdString();
  EXPECT_FALSE( json.contains( auth.password.toUtf8() ) ) << json.toStdString();
}

TEST_F( DpkRunFormOnStockholm, ShowsTheAuthenticationOfTheRunStoredInTheProject )
{
  const DpkTestAuthConfig auth = DpkTestAuthConfig::storeBasic();
  mConfig.schools.authcfg = auth.id;
  DpkProjectUpdater::storeRun( QgsProject::instance(), mConfig );
  const std::optional<DpkRunConfig> stored = DpkProjectUpdater::storedRun( QgsProject::instance() );
  ASSERT_TRUE( stored.has_value() );

  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  form.setConfig( *stored );

  EXPECT_EQ( field<QgsAuthConfigSelect>( &form, "DataPaKartaSchoolsAuthentication" )->configId(),
             auth.id );
  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_EQ( jsonOf( config.value() ), jsonOf( mConfig ) );
}

TEST_F( DpkRunFormOnStockholm, GivesTheSchoolsTheResultsCredentialsWhenTheApiIsTheSame )
{
  const DpkTestAuthConfig auth = DpkTestAuthConfig::storeBasic();
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  fillForm( &form );
  ASSERT_FALSE( HasFatalFailure() );
  auto *type = field<QComboBox>( &form, "DataPaKartaResultsType" );
  type->setCurrentIndex( type->findData( QStringLiteral( "skolverket-api" ) ) );
  field<QLineEdit>( &form, "DataPaKartaResultsUrl" )->setText( mConfig.schools.baseUrl );
  field<QgsAuthConfigSelect>( &form, "DataPaKartaResultsAuthentication" )->setConfigId( auth.id );
  field<QCheckBox>( &form, "DataPaKartaSchoolsSameAsResults" )->setChecked( true );

  EXPECT_FALSE(
      field<QgsAuthConfigSelect>( &form, "DataPaKartaSchoolsAuthentication" )->isEnabled() );
  const DpkResult<DpkRunConfig> config = form.config();
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_EQ( config.value().results.authcfg, auth.id );
  EXPECT_EQ( config.value().schools.authcfg, auth.id );
}

TEST_F( DpkRunFormOnStockholm, AsksForAStoredAuthenticationThatThisComputerLacks )
{
  const DpkTestAuthConfig auth = DpkTestAuthConfig::storeBasic();
  mConfig.schools.authcfg = QStringLiteral( "elsewh1" );
  ASSERT_FALSE( QgsApplication::authManager()->configIds().contains( mConfig.schools.authcfg ) );
  DpkRunForm form;
  form.setCatalogue( mCatalogue );
  form.setConfig( mConfig );

  const DpkResult<DpkRunConfig> lacking = form.config();
  ASSERT_FALSE( lacking.isOk() ) << "the run would go out without its credentials";
  EXPECT_EQ(
      lacking.error(),
      QStringLiteral( "School locations: the authentication configuration \"elsewh1\" of "
                      "the stored run is not in QGIS's authentication database; create it "
                      "under Settings → Options → Authentication, or choose another one." ) );

  field<QgsAuthConfigSelect>( &form, "DataPaKartaSchoolsAuthentication" )->setConfigId( auth.id );
  const DpkResult<DpkRunConfig> chosen = form.config();
  ASSERT_TRUE( chosen.isOk() ) << chosen.error().toStdString();
  EXPECT_EQ( chosen.value().schools.authcfg, auth.id );
}
