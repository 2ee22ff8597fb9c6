#include "dpkbuildcommand.h"
#include "dpkcommandrun.h"
#include "dpklayoutbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkrefreshcommand.h"
#include "dpkstockholmfixture.h"
#include "dpktestfiles.h"

#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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
