#include "dpkbuildcommand.h"
#include "dpkcommandrun.h"
#include "dpkexportcopy.h"
#include "dpklayoutbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkrefreshcommand.h"
#include "dpkstockholmfixture.h"
#include "dpktestfiles.h"

#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

/**
 * The Stockholm case built by datapakarta build into work/out/stockholm-2024-25.qgz, with a sheet
 * per indicator, and then given a layer and a layout of the user's own.
 */
class DpkRefreshCommandOnStockholm : public DpkStockholmFixture
{
protected:
  void SetUp() override
  {
    DpkStockholmFixture::SetUp();
    QJsonObject json = mConfig.toJson();
    json.insert(
        QStringLiteral( "output" ),
        QJsonObject{ { QStringLiteral( "dir" ), QStringLiteral( "out" ) },
                     { QStringLiteral( "name" ), QStringLiteral( "stockholm-2024-25" ) } } );
    json.insert( QStringLiteral( "layout" ),
                 QJsonObject{ { QStringLiteral( "template" ), QStringLiteral( "a3-portrait" ) } } );
    const QString configPath = mWork.filePath( QStringLiteral( "run.json" ) );
    QFile file( configPath );
    ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
    file.write( QJsonDocument( json ).toJson() );
    file.close();
    const DpkCommandRun built = DpkCommandRun::of<DpkBuildCommand>(
        { QStringLiteral( "--config" ), configPath, QStringLiteral( "--quiet" ) } );
    ASSERT_EQ( built.exitCode, DpkCommand::Success ) << built.err.toStdString();

    // The user's own layer and layout, which the plugin must never touch.
    QgsProject project;
    ASSERT_TRUE( project.read( projectPath() ) ) << project.error().toStdString();
    auto *own = new QgsVectorLayer( mConfig.areas.path, QStringLiteral( "Mina områden" ),
                                    QStringLiteral( "ogr" ) );
    ASSERT_TRUE( own->isValid() );
    project.addMapLayer( own );
    auto *ownLayout = new QgsPrintLayout( &project );
    ownLayout->initializeDefaults();
    ownLayout->setName( QStringLiteral( "Min egen karta" ) );
    ASSERT_TRUE( project.layoutManager()->addLayout( ownLayout ) );
    ASSERT_TRUE( project.write() ) << project.error().toStdString();
  }

  /**
   * Reads the saved project into \a project and makes its stored run read next year's export,
   * in which Stockholm's merit ratings are 10 points lower.
   */
  void readWithNextYearsExport( QgsProject &project )
  {
    ASSERT_TRUE( project.read( projectPath() ) ) << project.error().toStdString();
    DpkRunConfig stored = *DpkProjectUpdater::storedRun( &project );
    stored.results.path = dpkWriteExportOfPeriod( mWork.path(), QStringLiteral( "2025/26" ),
                                                  QStringLiteral( "0180" ), -10.0 );
    ASSERT_FALSE( stored.results.path.isEmpty() );
    DpkProjectUpdater::storeRun( &project, stored );
  }

  QString projectPath() const
  {
    return mWork.filePath( QStringLiteral( "out/stockholm-2024-25.qgz" ) );
  }
};

TEST_F( DpkRefreshCommandOnStockholm, KeepsTheUsersOwnLayerAndLayoutAndRemakesThePlugins )
{
  const QString sheet = mWork.filePath( QStringLiteral( "out/stockholm-2024-25-meritvarde.pdf" ) );
  ASSERT_TRUE( QFile::remove( sheet ) );

  const DpkCommandRun result = DpkCommandRun::of<DpkRefreshCommand>(
      { projectPath(), QStringLiteral( "--period" ), QStringLiteral( "2024/25" ),
        QStringLiteral( "--pdf" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  EXPECT_TRUE( result.out.contains( QStringLiteral( "2024/25" ) ) ) << result.out.toStdString();
  EXPECT_TRUE( QFile::exists( sheet ) ) << "--pdf exports the remade sheets again";
  EXPECT_TRUE( result.out.contains( sheet ) ) << result.out.toStdString();
  EXPECT_EQ( QDir( mWork.filePath( QStringLiteral( "out" ) ) )
                 .entryList( { QStringLiteral( "*partial*" ) }, QDir::Files )
                 .size(),
             0 );

  QgsProject project;
  ASSERT_TRUE( project.read( projectPath() ) ) << project.error().toStdString();
  int pluginLayers = 0;
  int ownLayers = 0;
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    EXPECT_TRUE( layer->isValid() ) << layer->name().toStdString();
    if ( layer->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() )
      ownLayers += layer->name() == QStringLiteral( "Mina områden" ) ? 1 : 0;
    else
      ++pluginLayers;
  }
  EXPECT_EQ( pluginLayers, 7 ) << "the plugin's layers are replaced, not added twice";
  EXPECT_EQ( ownLayers, 1 );

  QStringList pluginLayouts;
  bool ownLayoutKept = false;
  for ( QgsPrintLayout *layout : project.layoutManager()->printLayouts() )
  {
    if ( layout->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() )
      ownLayoutKept = ownLayoutKept || layout->name() == QStringLiteral( "Min egen karta" );
    else
    {
      pluginLayouts << layout->name();
      EXPECT_EQ( layout->customProperty( DpkLayoutBuilder::TEMPLATE_PROPERTY ).toString(),
                 QStringLiteral( "a3-portrait" ) );
    }
  }
  EXPECT_TRUE( ownLayoutKept );
  EXPECT_EQ( pluginLayouts.size(), 3 )
      << pluginLayouts.join( QStringLiteral( ", " ) ).toStdString();
  for ( const QString &name : pluginLayouts )
    EXPECT_TRUE( name.endsWith( QStringLiteral( "2024/25" ) ) ) << name.toStdString();
}

TEST_F( DpkRefreshCommandOnStockholm, ACopiedProjectFolderIsRefreshedWithoutDoublingItsLayers )
{
  // The whole output folder copied, as for next year's work; the copy is refreshed.
  const QString copy = mWork.filePath( QStringLiteral( "copy" ) );
  ASSERT_TRUE( QDir().mkpath( copy ) );
  for ( const QString &name :
        QDir( mWork.filePath( QStringLiteral( "out" ) ) ).entryList( QDir::Files | QDir::Hidden ) )
    ASSERT_TRUE( QFile::copy( mWork.filePath( QStringLiteral( "out/" ) + name ),
                              QDir( copy ).filePath( name ) ) );
  const QString copiedProject = QDir( copy ).filePath( QStringLiteral( "stockholm-2024-25.qgz" ) );

  const DpkCommandRun result =
      DpkCommandRun::of<DpkRefreshCommand>( { copiedProject, QStringLiteral( "--quiet" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();

  QgsProject project;
  ASSERT_TRUE( project.read( copiedProject ) ) << project.error().toStdString();
  int pluginLayers = 0;
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    if ( layer->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString().isEmpty() )
      continue;
    ++pluginLayers;
    EXPECT_TRUE( layer->isValid() ) << layer->name().toStdString();
    EXPECT_TRUE( layer->source().startsWith( copy ) ) << layer->source().toStdString();
  }
  EXPECT_EQ( pluginLayers, 7 ) << "the copy's layers are replaced, not added beside them";
  EXPECT_EQ( project.layerTreeRoot()->findGroups().size(), 1 );
}

TEST_F( DpkRefreshCommandOnStockholm, PrintsTheSameJsonSummaryAsABuild )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkRefreshCommand>(
      { projectPath(), QStringLiteral( "--pdf" ), QStringLiteral( "--json" ),
        QStringLiteral( "--quiet" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  QJsonParseError error;
  const QJsonObject report = QJsonDocument::fromJson( result.out.toUtf8(), &error ).object();
  ASSERT_EQ( error.error, QJsonParseError::NoError ) << result.out.toStdString();

  EXPECT_EQ( report.value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "success" ) );
  EXPECT_EQ( report.value( QStringLiteral( "project" ) ).toString(), projectPath() );
  EXPECT_EQ( report.value( QStringLiteral( "geopackage" ) ).toString(),
             mWork.filePath( QStringLiteral( "out/stockholm-2024-25.gpkg" ) ) );
  EXPECT_EQ( report.value( QStringLiteral( "schoolYear" ) ).toString(),
             QStringLiteral( "2024/25" ) );
  EXPECT_EQ( report.value( QStringLiteral( "municipality" ) )
                 .toObject()
                 .value( QStringLiteral( "code" ) )
                 .toString(),
             QStringLiteral( "0180" ) );
  EXPECT_GT( report.value( QStringLiteral( "counts" ) )
                 .toObject()
                 .value( QStringLiteral( "schoolsRead" ) )
                 .toInt(),
             0 );
  // The three sheets by name, and their PDFs among the files written.
  const QJsonArray layouts = report.value( QStringLiteral( "layouts" ) ).toArray();
  EXPECT_EQ( layouts.size(), 3 );
  const QJsonArray sheets = report.value( QStringLiteral( "sheets" ) ).toArray();
  EXPECT_EQ( sheets.size(), 3 );
  for ( const QJsonValue &sheet : sheets )
  {
    EXPECT_TRUE( sheet.toString().endsWith( QStringLiteral( ".pdf" ) ) );
    EXPECT_TRUE( report.value( QStringLiteral( "files" ) ).toArray().contains( sheet ) );
  }
}

TEST_F( DpkRefreshCommandOnStockholm, ANewSchoolYearRefillsThePluginsSheetsAndKeepsTheUsersEdits )
{
  // Next year's export, whose Stockholm merit ratings are 10 points lower, is what the stored
  // run now reads; the user has written a note on the merit rating's sheet.
  QgsProject before;
  ASSERT_NO_FATAL_FAILURE( readWithNextYearsExport( before ) );
  QgsPrintLayout *sheet = nullptr;
  for ( QgsPrintLayout *layout : before.layoutManager()->printLayouts() )
  {
    if ( layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString() ==
         QLatin1String( "meritvarde" ) )
      sheet = layout;
  }
  ASSERT_NE( sheet, nullptr );
  const QString oldTitle =
      qobject_cast<QgsLayoutItemLabel *>( sheet->itemById( QStringLiteral( "title" ) ) )
          ->currentText();
  auto *note = new QgsLayoutItemLabel( sheet );
  note->setId( QStringLiteral( "user-note" ) );
  note->setText( QStringLiteral( "Till nämnden 12 maj" ) );
  sheet->addLayoutItem( note );
  ASSERT_TRUE( before.write() ) << before.error().toStdString();

  const DpkCommandRun result = DpkCommandRun::of<DpkRefreshCommand>(
      { projectPath(), QStringLiteral( "--period" ), QStringLiteral( "2025/26" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();

  QgsProject project;
  ASSERT_TRUE( project.read( projectPath() ) ) << project.error().toStdString();
  QStringList pluginLayouts;
  QgsPrintLayout *refreshed = nullptr;
  for ( QgsPrintLayout *layout : project.layoutManager()->printLayouts() )
  {
    if ( layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString().isEmpty() )
      continue;
    pluginLayouts << layout->name();
    if ( layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString() ==
         QLatin1String( "meritvarde" ) )
      refreshed = layout;
  }
  EXPECT_EQ( pluginLayouts.size(), 3 )
      << pluginLayouts.join( QStringLiteral( ", " ) ).toStdString();
  for ( const QString &name : pluginLayouts )
    EXPECT_TRUE( name.endsWith( QStringLiteral( "2025/26" ) ) ) << name.toStdString();
  ASSERT_NE( refreshed, nullptr );
  const QString title =
      qobject_cast<QgsLayoutItemLabel *>( refreshed->itemById( QStringLiteral( "title" ) ) )
          ->currentText();
  EXPECT_NE( title, oldTitle );
  EXPECT_TRUE( title.contains( QStringLiteral( "2025/26" ) ) ) << title.toStdString();
  auto *keptNote =
      qobject_cast<QgsLayoutItemLabel *>( refreshed->itemById( QStringLiteral( "user-note" ) ) );
  ASSERT_NE( keptNote, nullptr ) << "the user's note on the plugin's sheet is gone";
  EXPECT_EQ( keptNote->text(), QStringLiteral( "Till nämnden 12 maj" ) );
  EXPECT_NE( project.layoutManager()->layoutByName( QStringLiteral( "Min egen karta" ) ), nullptr );

  // The figures are the new year's: the schools' merit ratings in the layers fell by 10 points.
  int meritLayers = 0;
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    auto *schools = qobject_cast<QgsVectorLayer *>( layer );
    if ( !schools ||
         layer->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString() !=
             QLatin1String( "schools" ) ||
         layer->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString() !=
             QLatin1String( "meritvarde" ) )
      continue;
    dpkExpectChangedMerit( schools, -10.0 );
    ++meritLayers;
  }
  EXPECT_EQ( meritLayers, 1 );
}

TEST_F( DpkRefreshCommandOnStockholm, APeriodNotInTheDataFailsAndLeavesTheProjectAsItWas )
{
  const QByteArray before = dpkChecksum( projectPath() );
  const DpkCommandRun result = DpkCommandRun::of<DpkRefreshCommand>(
      { projectPath(), QStringLiteral( "--period" ), QStringLiteral( "2019/20" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "2019/20" ) ) ) << result.err.toStdString();
  EXPECT_TRUE( result.out.isEmpty() ) << result.out.toStdString();
  EXPECT_EQ( dpkChecksum( projectPath() ), before );
}

//! Returns the checksum of each file in \a paths, to prove that a failed refresh left them alone.
QList<QByteArray> checksums( const QStringList &paths )
{
  QList<QByteArray> sums;
  for ( const QString &path : paths )
    sums << dpkChecksum( path );
  return sums;
}

TEST_F( DpkRefreshCommandOnStockholm, ASheetWithoutItsMapFailsBeforeAnyFileIsReplaced )
{
  // Next year's export is what the stored run reads, and the user removed the map of a sheet.
  QgsProject before;
  ASSERT_NO_FATAL_FAILURE( readWithNextYearsExport( before ) );
  QgsPrintLayout *sheet = nullptr;
  for ( QgsPrintLayout *layout : before.layoutManager()->printLayouts() )
  {
    if ( !layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString().isEmpty() )
      sheet = layout;
  }
  ASSERT_NE( sheet, nullptr );
  const QString sheetName = sheet->name();
  sheet->removeLayoutItem( sheet->itemById( QStringLiteral( "map" ) ) );
  ASSERT_TRUE( before.write() ) << before.error().toStdString();
  const QStringList files{
      projectPath(), mWork.filePath( QStringLiteral( "out/stockholm-2024-25.gpkg" ) ),
      mWork.filePath( QStringLiteral( "out/stockholm-2024-25-meritvarde.pdf" ) ) };
  const QList<QByteArray> earlier = checksums( files );

  const DpkCommandRun result = DpkCommandRun::of<DpkRefreshCommand>(
      { projectPath(), QStringLiteral( "--period" ), QStringLiteral( "2025/26" ),
        QStringLiteral( "--pdf" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::Failure );
  EXPECT_TRUE( result.err.contains( sheetName ) ) << result.err.toStdString();
  EXPECT_EQ( checksums( files ), earlier );
  EXPECT_EQ( QDir( mWork.filePath( QStringLiteral( "out" ) ) )
                 .entryList( QDir::Files | QDir::Hidden )
                 .filter( QRegularExpression( QStringLiteral( "partial|kept" ) ) ),
             QStringList() );
}

TEST_F( DpkRefreshCommandOnStockholm, APdfThatCannotBeWrittenLeavesEveryEarlierFileAsItWas )
{
  // The PDF of the sheet refreshed last cannot be written: a folder has taken its name. By then
  // the GeoPackage is rebuilt and the other sheets' PDFs are exported again.
  QgsProject before;
  ASSERT_TRUE( before.read( projectPath() ) ) << before.error().toStdString();
  QString lastIndicator;
  for ( QgsPrintLayout *layout : before.layoutManager()->printLayouts() )
  {
    const QString indicator =
        layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString();
    if ( !indicator.isEmpty() )
      lastIndicator = indicator;
  }
  ASSERT_FALSE( lastIndicator.isEmpty() );
  const QString blocked =
      mWork.filePath( QStringLiteral( "out/stockholm-2024-25-%1.pdf" ).arg( lastIndicator ) );
  ASSERT_TRUE( QFile::remove( blocked ) );
  ASSERT_TRUE( QDir().mkpath( blocked ) );
  QStringList files{ projectPath(),
                     mWork.filePath( QStringLiteral( "out/stockholm-2024-25.gpkg" ) ) };
  for ( const QString &indicator : mConfig.indicators )
  {
    if ( indicator != lastIndicator )
      files << mWork.filePath( QStringLiteral( "out/stockholm-2024-25-%1.pdf" ).arg( indicator ) );
  }
  const QList<QByteArray> earlier = checksums( files );

  const DpkCommandRun result =
      DpkCommandRun::of<DpkRefreshCommand>( { projectPath(), QStringLiteral( "--pdf" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::Failure );
  EXPECT_TRUE( result.err.contains( QDir::toNativeSeparators( blocked ) ) )
      << result.err.toStdString();
  EXPECT_EQ( checksums( files ), earlier );
  EXPECT_TRUE( QFileInfo( blocked ).isDir() );
}

TEST_F( DpkRefreshCommandOnStockholm, NamesABadPeriod )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkRefreshCommand>(
      { projectPath(), QStringLiteral( "--period" ), QStringLiteral( "next year" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "--period" ) ) ) << result.err.toStdString();
}

TEST( DpkRefreshCommand, RefusesAProjectWithoutAStoredRun )
{
  QTemporaryDir work;
  const QString path = work.filePath( QStringLiteral( "plain.qgz" ) );
  QgsProject plain;
  ASSERT_TRUE( plain.write( path ) ) << plain.error().toStdString();
  const DpkCommandRun result = DpkCommandRun::of<DpkRefreshCommand>( { path } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( path ) ) << result.err.toStdString();

  const DpkCommandRun missing = DpkCommandRun::of<DpkRefreshCommand>( {} );
  EXPECT_EQ( missing.exitCode, DpkCommand::BadInput );
}
