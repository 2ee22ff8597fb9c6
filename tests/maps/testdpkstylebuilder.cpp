#include "dpklayerfields.h"
#include "dpkstylebuilder.h"
#include "dpkvalue.h"

#include <qgscolorramp.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgslegendsymbolitem.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsstyle.h>
#include <qgssymbol.h>

#include <gtest/gtest.h>

namespace
{
DpkIndicator merit( DpkIndicator::Direction direction = DpkIndicator::Direction::HigherIsBetter )
{
  DpkIndicator indicator;
  indicator.id = QStringLiteral( "meritvarde" );
  indicator.minimum = 0;
  indicator.maximum = 340;
  indicator.decimals = 0;
  indicator.minimumGroup = 10;
  indicator.colorRamp = QStringLiteral( "Viridis" );
  indicator.direction = direction;
  return indicator;
}

const QList<double> BREAKS{ 200, 225, 250, 275, 340 };

DpkIndicator eligible()
{
  DpkIndicator indicator;
  indicator.id = QStringLiteral( "behorig_yrkes" );
  indicator.unit = QStringLiteral( "percent" );
  indicator.minimum = 0;
  indicator.maximum = 100;
  indicator.minimumGroup = 10;
  indicator.colorRamp = QStringLiteral( "Viridis" );
  return indicator;
}

const QList<double> SHARE_BREAKS{ 70, 80, 90, 95, 100 };

// The legend text of the rule that draws a feature with \a value and \a status of indicator
// \a id.
QString legendFor( QgsFeatureRenderer &renderer, const QVariant &value, const QString &status,
                   const QString &id = QStringLiteral( "meritvarde" ) )
{
  QgsFields fields;
  fields.append( QgsField( DpkLayerFields::value( id ), QVariant::Double ) );
  fields.append( QgsField( DpkLayerFields::status( id ), QVariant::String ) );
  QgsFeature feature( fields );
  feature.setAttributes( QgsAttributes( { value, status } ) );

  QgsRenderContext context;
  renderer.startRender( context, fields );
  const QSet<QString> keys = renderer.legendKeysForFeature( feature, context );
  renderer.stopRender( context );
  QStringList labels;
  for ( const QgsLegendSymbolItem &item : renderer.legendSymbolItems() )
  {
    if ( keys.contains( item.ruleKey() ) )
      labels << item.label();
  }
  return labels.join( QLatin1Char( '|' ) );
}
} // namespace

TEST( DpkStyleBuilder, HasAClassPerBreakAndTwoForFeaturesWithoutAFigure )
{
  const auto renderer = DpkStyleBuilder::renderer( merit(), BREAKS, QgsWkbTypes::PolygonGeometry );
  const QgsLegendSymbolList items = renderer->legendSymbolItems();
  ASSERT_EQ( items.size(), 7 );
  EXPECT_EQ( items.at( 0 ).label(), DpkStyleBuilder::classLabel( merit(), 0, 200, true ) );
  EXPECT_EQ( items.at( 5 ).label(), QStringLiteral( "Suppressed: fewer than 10 pupils" ) );
  EXPECT_EQ( items.at( 6 ).label(), QStringLiteral( "No figure published" ) );
}

TEST( DpkStyleBuilder, DrawsEachFeatureInExactlyOneClass )
{
  const auto renderer = DpkStyleBuilder::renderer( merit(), BREAKS, QgsWkbTypes::PolygonGeometry );
  const QString exists = DpkValue::statusKey( DpkValue::Status::Exists );
  EXPECT_EQ( legendFor( *renderer, 190.0, exists ),
             DpkStyleBuilder::classLabel( merit(), 0, 200, true ) );
  EXPECT_EQ( legendFor( *renderer, 225.0, exists ),
             DpkStyleBuilder::classLabel( merit(), 200, 225, false ) );
  EXPECT_EQ( legendFor( *renderer, 225.5, exists ),
             DpkStyleBuilder::classLabel( merit(), 225, 250, false ) );
  EXPECT_EQ( legendFor( *renderer, QVariant(),
                        DpkValue::statusKey( DpkValue::Status::SuppressedFewPupils ) ),
             DpkStyleBuilder::suppressedLabel( merit() ) );
  EXPECT_EQ( legendFor( *renderer, QVariant(), DpkValue::statusKey( DpkValue::Status::Missing ) ),
             DpkStyleBuilder::missingLabel() );
  EXPECT_EQ(
      legendFor( *renderer, QVariant(), DpkValue::statusKey( DpkValue::Status::RoundedNear100 ) ),
      DpkStyleBuilder::missingLabel() );
}

TEST( DpkStyleBuilder, DrawsANear100SchoolInTheBestColourNotAsMissing )
{
  const auto schools =
      DpkStyleBuilder::renderer( eligible(), SHARE_BREAKS, QgsWkbTypes::PointGeometry );
  const QString id = eligible().id;
  const QString near100 = DpkValue::statusKey( DpkValue::Status::RoundedNear100 );
  EXPECT_EQ( legendFor( *schools, QVariant(), near100, id ), DpkStyleBuilder::nearHundredLabel() );
  EXPECT_EQ(
      legendFor( *schools, QVariant(), DpkValue::statusKey( DpkValue::Status::Missing ), id ),
      DpkStyleBuilder::missingLabel() );
  EXPECT_EQ( legendFor( *schools, QVariant(),
                        DpkValue::statusKey( DpkValue::Status::SuppressedFewPupils ), id ),
             DpkStyleBuilder::suppressedLabel( eligible() ) );

  // Its colour is the best class's; its legend entry comes between the two without a number.
  const QgsLegendSymbolList items = schools->legendSymbolItems();
  ASSERT_EQ( items.size(), 8 );
  EXPECT_EQ( items.at( 6 ).label(), DpkStyleBuilder::nearHundredLabel() );
  EXPECT_EQ( items.at( 6 ).symbol()->color(), items.at( 4 ).symbol()->color() );

  // An area's figure is never "~100", so the area style has no such class.
  const auto areas =
      DpkStyleBuilder::renderer( eligible(), SHARE_BREAKS, QgsWkbTypes::PolygonGeometry );
  EXPECT_EQ( areas->legendSymbolItems().size(), 7 );
}

TEST( DpkStyleBuilder, ReversesTheRampWhereLowerIsBetter )
{
  const auto higher = DpkStyleBuilder::renderer( merit(), BREAKS, QgsWkbTypes::PointGeometry );
  const auto lower = DpkStyleBuilder::renderer( merit( DpkIndicator::Direction::LowerIsBetter ),
                                                BREAKS, QgsWkbTypes::PointGeometry );
  const QColor firstHigher = higher->legendSymbolItems().at( 0 ).symbol()->color();
  const QColor lastHigher = higher->legendSymbolItems().at( 4 ).symbol()->color();
  EXPECT_NE( firstHigher, lastHigher );
  EXPECT_EQ( lower->legendSymbolItems().at( 0 ).symbol()->color(), lastHigher );
  EXPECT_EQ( lower->legendSymbolItems().at( 4 ).symbol()->color(), firstHigher );
}

TEST( DpkStyleBuilder, KeepsZeroAtTheMiddleOfADivergingRamp )
{
  DpkIndicator salsa = merit( DpkIndicator::Direction::Diverging );
  salsa.minimum = -100;
  salsa.maximum = 100;
  salsa.colorRamp = QStringLiteral( "RdYlBu" );
  // Skewed breaks: most classes lie above 0.
  const auto renderer =
      DpkStyleBuilder::renderer( salsa, { -5, 5, 10, 15, 20 }, QgsWkbTypes::PolygonGeometry );
  std::unique_ptr<QgsColorRamp> ramp(
      QgsStyle::defaultStyle()->colorRamp( QStringLiteral( "RdYlBu" ) ) );
  const QgsLegendSymbolList items = renderer->legendSymbolItems();
  // The class from -5 to 5 straddles 0 and takes the ramp's middle colour.
  EXPECT_EQ( items.at( 1 ).symbol()->color(), ramp->color( 0.5 ) );
  // The class below -5 is on the "worse" half of the ramp, all others on the "better" half.
  EXPECT_LT( items.at( 0 ).symbol()->color().blue(), ramp->color( 0.5 ).blue() );
  EXPECT_GT( items.at( 4 ).symbol()->color().blue(), ramp->color( 0.5 ).blue() );
}
