#include "dpkexportcopy.h"
#include "dpklayerfields.h"
#include "dpklayoutbuilder.h"
#include "dpklayoutrefresher.h"
#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkstockholmfixture.h"

#include <qgsfeatureiterator.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QMap>

#include <gtest/gtest.h>

namespace
{
QString labelText( QgsPrintLayout *layout, const QString &id )
{
  auto *label = qobject_cast<QgsLayoutItemLabel *>( layout->itemById( id ) );
  return label ? label->currentText() : QString();
}

QgsLayoutItemMap *mapOf( QgsPrintLayout *layout )
{
  return qobject_cast<QgsLayoutItemMap *>( layout->itemById( QStringLiteral( "map" ) ) );
}

//! Returns each area's merit rating in the area layer shown by \a layout's map.
QMap<QString, QVariant> areaMerits( QgsPrintLayout *layout )
{
  QMap<QString, QVariant> merits;
  for ( QgsMapLayer *shown : mapOf( layout )->layers() )
  {
    if ( shown->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString() !=
         QLatin1String( "areas" ) )
      continue;
    QgsFeatureIterator features = qobject_cast<QgsVectorLayer *>( shown )->getFeatures();
    QgsFeature area;
    while ( features.nextFeature( area ) )
      merits.insert( area.attribute( QStringLiteral( "namn" ) ).toString(),
                     area.attribute( DpkLayerFields::value( QStringLiteral( "meritvarde" ) ) ) );
  }
  return merits;
}
} // namespace

/**
 * The Stockholm case of 2024/25 in a project with a sheet and an atlas of the merit rating, each
 * edited by the user, beside a layer and a layout of the user's own; then the same run for
 * 2025/26 from a copy of the export whose Stockholm merit ratings are 10 points lower.
 */
class DpkLayoutRefresherOnStockholm : public DpkStockholmFixture
{
protected:
  void SetUp() override
  {
    DpkStockholmFixture::SetUp();
    if ( HasFatalFailure() )
      return;
    mFirst = build( mConfig );
    if ( HasFatalFailure() )
      return;
    DpkLayoutBuilder builder( &mProject );
    const DpkResult<QgsPrintLayout *> sheet = builder.build(
        mFirst, QStringLiteral( "meritvarde" ), QStringLiteral( "a4-landscape" ), false );
    ASSERT_TRUE( sheet.isOk() ) << sheet.error().toStdString();
    mSheet = sheet.value();
    const DpkResult<QgsPrintLayout *> atlas = builder.build(
        mFirst, QStringLiteral( "meritvarde" ), QStringLiteral( "a3-portrait" ), true );
    ASSERT_TRUE( atlas.isOk() ) << atlas.error().toStdString();
    mAtlas = atlas.value();

    // The user's edits: a note on the sheet and its legend moved, a layer and a layout.
    mNote = new QgsLayoutItemLabel( mSheet );
    mNote->setId( QStringLiteral( "user-note" ) );
    mNote->setText( QStringLiteral( "Till nämnden 12 maj" ) );
    mSheet->addLayoutItem( mNote );
    mLegend = qobject_cast<QgsLayoutItemLegend *>( mSheet->itemById( QStringLiteral( "legend" ) ) );
    ASSERT_NE( mLegend, nullptr );
    mLegend->attemptMove( QgsLayoutPoint( 7, 9, QgsUnitTypes::LayoutMillimeters ) );
    mOwnLayer = new QgsVectorLayer( mConfig.areas.path, QStringLiteral( "Mina områden" ),
                                    QStringLiteral( "ogr" ) );
    ASSERT_TRUE( mOwnLayer->isValid() );
    mProject.addMapLayer( mOwnLayer );
    mOwnLayout = new QgsPrintLayout( &mProject );
    mOwnLayout->initializeDefaults();
    mOwnLayout->setName( QStringLiteral( "Min egen karta" ) );
    ASSERT_TRUE( mProject.layoutManager()->addLayout( mOwnLayout ) );

    mNextConfig = mConfig;
    mNextConfig.period = DpkPeriod( 2025 );
    mNextConfig.results.path = dpkWriteExportOfPeriod( mWork.path(), QStringLiteral( "2025/26" ),
                                                       QStringLiteral( "0180" ), -10.0 );
    ASSERT_FALSE( mNextConfig.results.path.isEmpty() );
  }

  //! Builds \a config and puts its layers into mProject.
  DpkBuildResult build( const DpkRunConfig &config )
  {
    const DpkResult<DpkBuildResult> built =
        DpkMapBuilder( config, mCatalogue, mWork.path() ).build();
    EXPECT_TRUE( built.isOk() ) << built.error().toStdString();
    if ( !built.isOk() )
      return DpkBuildResult();
    const DpkResult<QList<QgsMapLayer *>> added =
        DpkProjectUpdater( &mProject ).apply( built.value(), config );
    EXPECT_TRUE( added.isOk() ) << added.error().toStdString();
    return built.value();
  }

  QgsProject mProject;
  DpkBuildResult mFirst;
  DpkRunConfig mNextConfig;
  QgsPrintLayout *mSheet = nullptr;
  QgsPrintLayout *mAtlas = nullptr;
  QgsLayoutItemLabel *mNote = nullptr;
  QgsLayoutItemLegend *mLegend = nullptr;
  QgsVectorLayer *mOwnLayer = nullptr;
  QgsPrintLayout *mOwnLayout = nullptr;
};

TEST_F( DpkLayoutRefresherOnStockholm, RefillsThePluginsLayoutsForANewSchoolYearInPlace )
{
  ASSERT_FALSE( HasFatalFailure() );
  const QMap<QString, QVariant> before = areaMerits( mSheet );
  ASSERT_EQ( before.size(), 13 );

  DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  EXPECT_EQ( refresher.layouts().size(), 2 );
  EXPECT_TRUE( refresher.isAtlas( mAtlas ) );
  EXPECT_FALSE( refresher.isAtlas( mSheet ) );
  const DpkBuildResult next = build( mNextConfig );
  ASSERT_FALSE( HasFailure() );
  ASSERT_EQ( next.geopackage, mFirst.geopackage );
  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( next );
  ASSERT_TRUE( refreshed.isOk() ) << refreshed.error().toStdString();

  // The same layouts, renamed and refilled for 2025/26.
  EXPECT_EQ( refreshed.value(), ( QList<QgsPrintLayout *>{ mSheet, mAtlas } ) );
  EXPECT_TRUE( refresher.notRefreshed().isEmpty() );
  EXPECT_EQ( mProject.layoutManager()->printLayouts().size(), 3 );
  for ( QgsPrintLayout *layout : { mSheet, mAtlas } )
  {
    EXPECT_TRUE( layout->name().contains( QStringLiteral( "2025/26" ) ) )
        << layout->name().toStdString();
    const QString title = labelText( layout, QStringLiteral( "title" ) );
    EXPECT_TRUE( title.contains( QStringLiteral( "2025/26" ) ) ) << title.toStdString();
    EXPECT_FALSE( title.contains( QStringLiteral( "2024/25" ) ) ) << title.toStdString();
    EXPECT_TRUE( labelText( layout, QStringLiteral( "source" ) )
                     .contains( QStringLiteral( "school year 2025/26" ) ) );
    for ( QgsMapLayer *shown : mapOf( layout )->layers() )
      EXPECT_EQ( mProject.mapLayer( shown->id() ), shown ) << "a layer of the earlier run";
    EXPECT_EQ( mapOf( layout )->layers().size(), 2 );
  }

  // The figures are the new school year's: every area's rating fell by the 10 points.
  const QMap<QString, QVariant> after = areaMerits( mSheet );
  ASSERT_EQ( after.keys(), before.keys() );
  int compared = 0;
  for ( auto area = before.constBegin(); area != before.constEnd(); ++area )
  {
    EXPECT_EQ( area.value().isNull(), after.value( area.key() ).isNull() )
        << area.key().toStdString();
    if ( area.value().isNull() )
      continue;
    EXPECT_NEAR( after.value( area.key() ).toDouble(), area.value().toDouble() - 10.0, 0.051 )
        << area.key().toStdString();
    ++compared;
  }
  EXPECT_GE( compared, 10 );

  // The atlas runs over the new area layer again.
  ASSERT_TRUE( mAtlas->atlas()->enabled() );
  ASSERT_NE( mAtlas->atlas()->coverageLayer(), nullptr );
  EXPECT_EQ( mAtlas->atlas()->coverageLayer()->customProperty( DpkProjectUpdater::ROLE_PROPERTY ),
             QStringLiteral( "areas" ) );
  EXPECT_EQ( mProject.mapLayer( mAtlas->atlas()->coverageLayer()->id() ),
             mAtlas->atlas()->coverageLayer() );
  ASSERT_TRUE( mAtlas->atlas()->beginRender() );
  EXPECT_EQ( mAtlas->atlas()->count(), 13 );
  mAtlas->atlas()->endRender();

  // What the user made stays: the note, the legend's place, their layer and their layout.
  ASSERT_EQ( mSheet->itemById( QStringLiteral( "user-note" ) ), mNote );
  EXPECT_EQ( mNote->text(), QStringLiteral( "Till nämnden 12 maj" ) );
  EXPECT_EQ( mSheet->itemById( QStringLiteral( "legend" ) ), mLegend );
  EXPECT_DOUBLE_EQ( mLegend->positionWithUnits().x(), 7.0 );
  EXPECT_DOUBLE_EQ( mLegend->positionWithUnits().y(), 9.0 );
  EXPECT_EQ( mProject.mapLayer( mOwnLayer->id() ), mOwnLayer );
  EXPECT_EQ( mProject.layoutManager()->layoutByName( QStringLiteral( "Min egen karta" ) ),
             mOwnLayout );
  EXPECT_TRUE(
      mOwnLayout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString().isEmpty() );
}

TEST_F( DpkLayoutRefresherOnStockholm, KeepsALayerTheUserPutIntoTheSheetsMap )
{
  ASSERT_FALSE( HasFatalFailure() );
  QList<QgsMapLayer *> layers = mapOf( mSheet )->layers();
  layers << mOwnLayer;
  mapOf( mSheet )->setLayers( layers );

  DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  const DpkBuildResult next = build( mNextConfig );
  ASSERT_FALSE( HasFailure() );
  ASSERT_TRUE( refresher.refresh( next ).isOk() );

  const QList<QgsMapLayer *> shown = mapOf( mSheet )->layers();
  ASSERT_EQ( shown.size(), 3 );
  EXPECT_EQ( shown.last(), mOwnLayer );
  EXPECT_EQ( shown.first()->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString(),
             QStringLiteral( "schools" ) );
}

TEST_F( DpkLayoutRefresherOnStockholm, FillsATemplatesLayoutThatWaitsForItsFirstRun )
{
  ASSERT_FALSE( HasFatalFailure() );
  // A layout of a project template: the plugin's items and indicator, but no GeoPackage yet.
  auto *waiting = mSheet->clone();
  waiting->setName( QStringLiteral( "Mall: yrkesprogram" ) );
  waiting->setCustomProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY, QString() );
  waiting->setCustomProperty( DpkProjectUpdater::INDICATOR_PROPERTY,
                              QStringLiteral( "behorig_yrkes" ) );
  ASSERT_TRUE( mProject.layoutManager()->addLayout( waiting ) );
  EXPECT_TRUE( DpkLayoutRefresher::belongsToRun( waiting, mFirst.geopackage ) );
  EXPECT_TRUE( DpkLayoutRefresher::belongsToRun( waiting, QStringLiteral( "/any/other.gpkg" ) ) );
  EXPECT_FALSE( DpkLayoutRefresher::belongsToRun( mSheet, QStringLiteral( "/any/other.gpkg" ) ) );
  EXPECT_FALSE( DpkLayoutRefresher::belongsToRun( mOwnLayout, mFirst.geopackage ) );

  DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  const DpkBuildResult next = build( mNextConfig );
  ASSERT_FALSE( HasFailure() );
  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( next );
  ASSERT_TRUE( refreshed.isOk() ) << refreshed.error().toStdString();
  EXPECT_TRUE( refreshed.value().contains( waiting ) );
  EXPECT_EQ( waiting->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString(),
             next.geopackage );
  EXPECT_TRUE( waiting->name().endsWith( QStringLiteral( "2025/26" ) ) )
      << waiting->name().toStdString();
  for ( QgsMapLayer *shown : mapOf( waiting )->layers() )
    EXPECT_EQ( shown->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString(),
               QStringLiteral( "behorig_yrkes" ) );
}

TEST_F( DpkLayoutRefresherOnStockholm, RefusesANameTakenByTheUsersLayoutAndChangesNothing )
{
  ASSERT_FALSE( HasFatalFailure() );
  DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  const DpkBuildResult next = build( mNextConfig );
  ASSERT_FALSE( HasFailure() );
  const QString taken = DpkLayoutBuilder::layoutName( next, next.layers.first().indicator, false );
  mOwnLayout->setName( taken );
  const QString sheetName = mSheet->name();
  const QString title = labelText( mSheet, QStringLiteral( "title" ) );

  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( next );
  ASSERT_FALSE( refreshed.isOk() );
  EXPECT_TRUE( refreshed.error().contains( taken ) ) << refreshed.error().toStdString();
  EXPECT_EQ( mSheet->name(), sheetName );
  EXPECT_EQ( labelText( mSheet, QStringLiteral( "title" ) ), title );
}

TEST_F( DpkLayoutRefresherOnStockholm, RefusesASheetWhoseMapTheUserRemoved )
{
  ASSERT_FALSE( HasFatalFailure() );
  mSheet->removeLayoutItem( mapOf( mSheet ) );
  DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  const DpkBuildResult next = build( mNextConfig );
  ASSERT_FALSE( HasFailure() );

  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( next );
  ASSERT_FALSE( refreshed.isOk() );
  EXPECT_TRUE( refreshed.error().contains( mSheet->name() ) ) << refreshed.error().toStdString();
  EXPECT_TRUE( mAtlas->name().contains( QStringLiteral( "2024/25" ) ) )
      << "no layout changes when one of them cannot be refreshed";
}

TEST_F( DpkLayoutRefresherOnStockholm, AnAtlasWithoutAreasLeavesEveryLayoutUntouched )
{
  ASSERT_FALSE( HasFatalFailure() );
  // The run's areas were taken out of the form before Update: the sheet could be refilled, the
  // atlas could not, and the sheet comes first.
  DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  ASSERT_EQ( refresher.layouts(), ( QList<QgsPrintLayout *>{ mSheet, mAtlas } ) );
  DpkRunConfig withoutAreas = mNextConfig;
  withoutAreas.hasAreas = false;
  const DpkBuildResult next = build( withoutAreas );
  ASSERT_FALSE( HasFailure() );
  const QString sheetName = mSheet->name();
  const QString title = labelText( mSheet, QStringLiteral( "title" ) );

  const DpkResult<bool> checked = refresher.check( next );
  ASSERT_FALSE( checked.isOk() );
  EXPECT_TRUE( checked.error().contains( mAtlas->name() ) ) << checked.error().toStdString();
  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( next );
  ASSERT_FALSE( refreshed.isOk() );
  EXPECT_EQ( refreshed.error(), checked.error() );
  EXPECT_EQ( mSheet->name(), sheetName ) << "the sheet was refreshed before the atlas failed";
  EXPECT_EQ( labelText( mSheet, QStringLiteral( "title" ) ), title );
  EXPECT_TRUE( mAtlas->name().contains( QStringLiteral( "2024/25" ) ) );
}

TEST_F( DpkLayoutRefresherOnStockholm, ChecksBeforeTheBuildWhatTheRunWillMake )
{
  ASSERT_FALSE( HasFatalFailure() );
  const DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  const QList<DpkIndicator> merit{ *mCatalogue.indicator( QStringLiteral( "meritvarde" ) ) };

  EXPECT_TRUE( refresher.check( merit, DpkPeriod( 2025 ), true ).isOk() );
  const DpkResult<bool> noAreas = refresher.check( merit, DpkPeriod( 2025 ), false );
  ASSERT_FALSE( noAreas.isOk() );
  EXPECT_TRUE( noAreas.error().contains( mAtlas->name() ) ) << noAreas.error().toStdString();

  // The user's layout already has the sheet's name of 2025/26.
  mOwnLayout->setName( DpkLayoutBuilder::layoutName( merit.first(), DpkPeriod( 2025 ), false ) );
  const DpkResult<bool> taken = refresher.check( merit, DpkPeriod( 2025 ), true );
  ASSERT_FALSE( taken.isOk() );
  EXPECT_TRUE( taken.error().contains( mOwnLayout->name() ) ) << taken.error().toStdString();
  EXPECT_TRUE( refresher.check( merit, DpkPeriod(), true ).isOk() )
      << "without a school year the new names are not known yet";

  mSheet->removeLayoutItem( mapOf( mSheet ) );
  EXPECT_FALSE( refresher.check( merit, DpkPeriod(), true ).isOk() );
  EXPECT_TRUE( mSheet->name().contains( QStringLiteral( "2024/25" ) ) );
}

TEST_F( DpkLayoutRefresherOnStockholm, FindsTheLayersOfAGeoPackageWrittenInAnotherPathForm )
{
  ASSERT_FALSE( HasFatalFailure() );
  DpkLayoutRefresher refresher( &mProject, mFirst.geopackage );
  DpkBuildResult next = build( mNextConfig );
  ASSERT_FALSE( HasFailure() );
  // The same file, named with a doubled separator and a "." step.
  const QFileInfo file( next.geopackage );
  next.geopackage = file.absolutePath() + QStringLiteral( "/.//" ) + file.fileName();
  ASSERT_NE( next.geopackage, mFirst.geopackage );

  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( next );
  ASSERT_TRUE( refreshed.isOk() ) << refreshed.error().toStdString();
  EXPECT_EQ( refreshed.value().size(), 2 );
  EXPECT_TRUE( mSheet->name().contains( QStringLiteral( "2025/26" ) ) );
}
