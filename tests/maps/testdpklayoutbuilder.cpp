#include "dpklanguage.h"
#include "dpklayerfields.h"
#include "dpklayoutbuilder.h"
#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkstockholmfixture.h"
#include "dpkstylebuilder.h"
#include "dpkvalue.h"

#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QTextStream>

#include <gtest/gtest.h>

class DpkLayoutBuilderOnStockholm : public DpkStockholmFixture
{
protected:
  // Builds the Stockholm case and puts its layers into mProject.
  void buildIntoProject()
  {
    const DpkResult<DpkBuildResult> built =
        DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
    ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
    mResult = built.value();
    const DpkResult<QList<QgsMapLayer *>> added =
        DpkProjectUpdater( &mProject ).apply( mResult, mConfig );
    ASSERT_TRUE( added.isOk() ) << added.error().toStdString();
  }

  QString labelText( QgsPrintLayout *layout, const QString &id ) const
  {
    auto *label = qobject_cast<QgsLayoutItemLabel *>( layout->itemById( id ) );
    return label ? label->currentText() : QString();
  }

  QgsProject mProject;
  DpkBuildResult mResult;
};

TEST_F( DpkLayoutBuilderOnStockholm, FillsTheSheetWithTheIndicatorsLayersAndTexts )
{
  ASSERT_NO_FATAL_FAILURE( buildIntoProject() );
  DpkLayoutBuilder builder( &mProject );
  const DpkResult<QgsPrintLayout *> built =
      builder.build( mResult, QStringLiteral( "meritvarde" ), QStringLiteral( "a4-landscape" ) );
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  QgsPrintLayout *layout = built.value();

  EXPECT_EQ( mProject.layoutManager()->layoutByName( layout->name() ), layout );
  EXPECT_TRUE( layout->name().contains( QStringLiteral( "2024/25" ) ) );
  const QString title = labelText( layout, QStringLiteral( "title" ) );
  EXPECT_TRUE( title.contains( QStringLiteral( "Stockholm" ) ) ) << title.toStdString();
  EXPECT_TRUE( title.contains( QStringLiteral( "2024/25" ) ) ) << title.toStdString();
  EXPECT_TRUE( labelText( layout, QStringLiteral( "source" ) )
                   .startsWith( QStringLiteral( "Source: Skolverket, school year 2024/25" ) ) );
  EXPECT_TRUE( labelText( layout, QStringLiteral( "suppression" ) )
                   .contains( QStringLiteral( "fewer than 10 pupils" ) ) );

  // The map and the legend show the indicator's schools and areas, nothing else.
  auto *map = qobject_cast<QgsLayoutItemMap *>( layout->itemById( QStringLiteral( "map" ) ) );
  ASSERT_NE( map, nullptr );
  QStringList roles;
  for ( QgsMapLayer *shown : map->layers() )
  {
    EXPECT_EQ( shown->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString(),
               QStringLiteral( "meritvarde" ) );
    roles << shown->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString();
  }
  EXPECT_EQ( roles, QStringList( { QStringLiteral( "schools" ), QStringLiteral( "areas" ) } ) );
  auto *legend =
      qobject_cast<QgsLayoutItemLegend *>( layout->itemById( QStringLiteral( "legend" ) ) );
  ASSERT_NE( legend, nullptr );
  EXPECT_EQ( legend->model()->rootGroup()->findLayers().size(), 2 );

  // The areas fill the map.
  QgsMapLayer *areas = map->layers().at( 1 );
  EXPECT_TRUE( map->extent().contains( areas->extent() ) );
  EXPECT_LT( map->extent().width(), areas->extent().width() * 1.6 );
}

TEST_F( DpkLayoutBuilderOnStockholm, WritesTheSwedishSourceLineWithTheDateOfTheExport )
{
  ASSERT_NO_FATAL_FAILURE( buildIntoProject() );
  DpkLanguage swedish;
  swedish.install( QStringLiteral( "sv" ) );
  const DpkResult<QgsPrintLayout *> built =
      DpkLayoutBuilder( &mProject )
          .build( mResult, QStringLiteral( "meritvarde" ), QStringLiteral( "a4-landscape" ) );
  swedish.remove();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  // The export file's time is when the data left Skolverket.
  const QString exported =
      QFileInfo( mConfig.results.path ).lastModified().date().toString( Qt::ISODate );
  EXPECT_EQ( labelText( built.value(), QStringLiteral( "source" ) ),
             QStringLiteral( "Källa: Skolverket, läsår 2024/25, uttag %1" ).arg( exported ) );
}

TEST_F( DpkLayoutBuilderOnStockholm, ReplacesItsEarlierSheetOfTheSameName )
{
  ASSERT_NO_FATAL_FAILURE( buildIntoProject() );
  DpkLayoutBuilder builder( &mProject );
  for ( const QString &templateName : DpkLayoutBuilder::builtInTemplates() )
  {
    const DpkResult<QgsPrintLayout *> built =
        builder.build( mResult, QStringLiteral( "meritvarde" ), templateName );
    ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  }
  EXPECT_EQ( mProject.layoutManager()->printLayouts().size(), 1 );
}

TEST_F( DpkLayoutBuilderOnStockholm, RefusesATemplateWithoutAnItemItFills )
{
  ASSERT_NO_FATAL_FAILURE( buildIntoProject() );
  QFile builtIn( QStringLiteral( ":/datapakarta/layouts/a4-landscape.qpt" ) );
  ASSERT_TRUE( builtIn.open( QIODevice::ReadOnly ) );
  QString xml = QString::fromUtf8( builtIn.readAll() );
  ASSERT_TRUE( xml.contains( QStringLiteral( "id=\"north\"" ) ) );
  xml.replace( QStringLiteral( "id=\"north\"" ), QStringLiteral( "id=\"arrow\"" ) );
  const QString path = mWork.filePath( QStringLiteral( "own.qpt" ) );
  QFile own( path );
  ASSERT_TRUE( own.open( QIODevice::WriteOnly ) );
  own.write( xml.toUtf8() );
  own.close();

  DpkLayoutBuilder builder( &mProject );
  const DpkResult<QgsPrintLayout *> built =
      builder.build( mResult, QStringLiteral( "meritvarde" ), path );
  ASSERT_FALSE( built.isOk() );
  EXPECT_TRUE( built.error().contains( path ) ) << built.error().toStdString();
  EXPECT_TRUE( built.error().contains( QStringLiteral( "'north'" ) ) )
      << built.error().toStdString();
  EXPECT_TRUE( mProject.layoutManager()->printLayouts().isEmpty() );
}

TEST_F( DpkLayoutBuilderOnStockholm, MakesAnAtlasPagePerAreaWithoutSuppressedNumbers )
{
  ASSERT_NO_FATAL_FAILURE( buildIntoProject() );
  DpkLayoutBuilder builder( &mProject );
  const DpkResult<QgsPrintLayout *> built = builder.build( mResult, QStringLiteral( "meritvarde" ),
                                                           QStringLiteral( "a3-portrait" ), true );
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  QgsLayoutAtlas *atlas = built.value()->atlas();
  ASSERT_TRUE( atlas->enabled() );
  ASSERT_TRUE( atlas->beginRender() );
  EXPECT_EQ( atlas->count(), 13 );

  for ( int page = 0; page < atlas->count(); ++page )
  {
    ASSERT_TRUE( atlas->seekTo( page ) );
    const QgsFeature area = atlas->layout()->reportContext().feature();
    const QString figure = labelText( built.value(), QStringLiteral( "figure" ) );
    EXPECT_TRUE( figure.startsWith( area.attribute( QStringLiteral( "namn" ) ).toString() ) )
        << figure.toStdString();
    EXPECT_TRUE( labelText( built.value(), QStringLiteral( "page" ) )
                     .startsWith( QStringLiteral( "Page %1 of 13" ).arg( page + 1 ) ) );
    if ( area.attribute( QStringLiteral( "meritvarde" ) ).isNull() )
    {
      EXPECT_FALSE( figure.contains( QStringLiteral( "Basis" ) ) ) << figure.toStdString();
      continue;
    }
    // The basis counts its schools in words that agree with the number.
    const int schools =
        area.attribute( DpkLayerFields::schools( QStringLiteral( "meritvarde" ) ) ).toInt();
    const QString counted = schools == 1 ? QStringLiteral( "Basis: 1 school, " )
                                         : QStringLiteral( "Basis: %1 schools, " ).arg( schools );
    EXPECT_TRUE( figure.contains( counted ) ) << figure.toStdString();
  }
  atlas->endRender();
}

TEST_F( DpkLayoutBuilderOnStockholm, AnAtlasPrintsNoNumberBesideAStatusThatHidesIt )
{
  ASSERT_NO_FATAL_FAILURE( buildIntoProject() );
  DpkLayoutBuilder builder( &mProject );
  const DpkResult<QgsPrintLayout *> built = builder.build( mResult, QStringLiteral( "meritvarde" ),
                                                           QStringLiteral( "a3-portrait" ), true );
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  auto *areas = qobject_cast<QgsVectorLayer *>( built.value()->atlas()->coverageLayer() );
  ASSERT_NE( areas, nullptr );

  // A hand-edited area layer: an area keeps its number but its status says it is suppressed.
  const QString valueField = DpkLayerFields::value( QStringLiteral( "meritvarde" ) );
  const QString statusField = DpkLayerFields::status( QStringLiteral( "meritvarde" ) );
  QgsFeature area;
  QgsFeatureIterator features = areas->getFeatures();
  while ( features.nextFeature( area ) && area.attribute( valueField ).isNull() )
    continue;
  ASSERT_FALSE( area.attribute( valueField ).isNull() ) << "no area of Stockholm has a figure";
  const double hidden = area.attribute( valueField ).toDouble();
  ASSERT_TRUE( areas->startEditing() );
  ASSERT_TRUE(
      areas->changeAttributeValue( area.id(), areas->fields().indexOf( statusField ),
                                   DpkValue::statusKey( DpkValue::Status::SuppressedFewPupils ) ) );
  ASSERT_TRUE( areas->commitChanges() ) << areas->commitErrors().join( '\n' ).toStdString();

  QgsLayoutAtlas *atlas = built.value()->atlas();
  ASSERT_TRUE( atlas->beginRender() );
  int seen = 0;
  for ( int page = 0; page < atlas->count(); ++page )
  {
    ASSERT_TRUE( atlas->seekTo( page ) );
    if ( atlas->layout()->reportContext().feature().id() != area.id() )
      continue;
    ++seen;
    const QString figure = labelText( built.value(), QStringLiteral( "figure" ) );
    const DpkIndicator *merit = mCatalogue.indicator( QStringLiteral( "meritvarde" ) );
    ASSERT_NE( merit, nullptr );
    EXPECT_TRUE( figure.contains( DpkStyleBuilder::suppressedLabel( *merit ) ) )
        << figure.toStdString();
    const QString number = QString::number( hidden, 'f', merit->decimals );
    EXPECT_FALSE( figure.contains( number ) ||
                  figure.contains( QString( number ).replace( '.', ',' ) ) )
        << figure.toStdString();
    EXPECT_FALSE( figure.contains( QStringLiteral( "Basis" ) ) ) << figure.toStdString();
  }
  atlas->endRender();
  EXPECT_EQ( seen, 1 );
}
