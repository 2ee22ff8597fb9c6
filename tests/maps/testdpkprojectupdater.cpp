#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkstockholmfixture.h"

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

namespace
{
QStringList namesIn( const QList<QgsMapLayer *> &layers )
{
  QStringList names;
  for ( const QgsMapLayer *layer : layers )
    names << layer->name();
  names.sort();
  return names;
}
} // namespace

using DpkProjectUpdaterOnStockholm = DpkStockholmFixture;

TEST_F( DpkProjectUpdaterOnStockholm, AddsStyledLayersInTheMunicipalitysGroup )
{
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  QgsProject project;
  DpkProjectUpdater updater( &project );
  const DpkResult<QList<QgsMapLayer *>> added = updater.apply( built.value(), mConfig );
  ASSERT_TRUE( added.isOk() ) << added.error().toStdString();

  // Schools and areas for each of the three indicators, and the schools not placed.
  EXPECT_EQ( added.value().size(), 7 );
  QgsLayerTreeGroup *group =
      project.layerTreeRoot()->findGroup( QStringLiteral( "Stockholm 2024/25" ) );
  ASSERT_NE( group, nullptr );
  EXPECT_EQ( group->findLayers().size(), 7 );

  auto *areas = qobject_cast<QgsVectorLayer *>( added.value().at( 1 ) );
  ASSERT_NE( areas, nullptr );
  EXPECT_EQ( areas->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString(),
             QStringLiteral( "areas" ) );
  ASSERT_NE( dynamic_cast<QgsRuleBasedRenderer *>( areas->renderer() ), nullptr );
  EXPECT_FALSE( areas->metadata().abstract().isEmpty() );
  EXPECT_TRUE( areas->metadata().abstract().contains( QStringLiteral( "2024/25" ) ) );
  EXPECT_EQ(
      areas->attributeDisplayName( areas->fields().lookupField( QStringLiteral( "meritvarde" ) ) ),
      QStringLiteral( "Genomsnittligt meritvärde (17 ämnen)" ) );
}

TEST_F( DpkProjectUpdaterOnStockholm, ANewRunReplacesOnlyThePluginsLayers )
{
  QgsProject project;
  auto *own = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:3006" ),
                                  QStringLiteral( "My notes" ), QStringLiteral( "memory" ) );
  project.addMapLayer( own );

  DpkProjectUpdater updater( &project );
  for ( int run = 0; run < 2; ++run )
  {
    const DpkResult<DpkBuildResult> built =
        DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
    ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
    ASSERT_TRUE( updater.apply( built.value(), mConfig ).isOk() );
  }

  EXPECT_EQ( updater.pluginLayers().size(), 7 );
  EXPECT_EQ( project.mapLayers().size(), 8 );
  EXPECT_EQ( project.mapLayer( own->id() ), own );
  EXPECT_EQ( project.layerTreeRoot()->findGroups().size(), 1 );
}

TEST_F( DpkProjectUpdaterOnStockholm, TheRunSurvivesSavingAndReopeningTheProject )
{
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  const QString path = mWork.filePath( QStringLiteral( "project.qgz" ) );
  QStringList layerNames;
  {
    QgsProject project;
    DpkProjectUpdater updater( &project );
    ASSERT_TRUE( updater.apply( built.value(), mConfig ).isOk() );
    layerNames = namesIn( updater.pluginLayers() );
    ASSERT_TRUE( project.write( path ) );
  }

  QgsProject reopened;
  ASSERT_TRUE( reopened.read( path ) );
  const std::optional<DpkRunConfig> run = DpkProjectUpdater::storedRun( &reopened );
  ASSERT_TRUE( run.has_value() );
  EXPECT_EQ( run->toJson(), mConfig.toJson() );
  DpkProjectUpdater updater( &reopened );
  EXPECT_EQ( namesIn( updater.pluginLayers() ), layerNames );
  for ( QgsMapLayer *layer : updater.pluginLayers() )
    EXPECT_TRUE( layer->isValid() ) << layer->name().toStdString();
}
