#include "dpkindicatorcatalogue.h"
#include "dpklayertablebuilder.h"
#include "dpkschoolfeaturereader.h"

#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

namespace
{
DpkIndicatorCatalogue standardCatalogue()
{
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile(
      QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" ) );
  EXPECT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
  return catalogue.isOk() ? catalogue.value() : DpkIndicatorCatalogue();
}

// A memory layer holding \a table's fields and features.
std::unique_ptr<QgsVectorLayer> layerOf( const DpkLayerTable &table )
{
  auto layer =
      std::make_unique<QgsVectorLayer>( QStringLiteral( "Point?crs=EPSG:3006" ),
                                        QStringLiteral( "schools" ), QStringLiteral( "memory" ) );
  layer->dataProvider()->addAttributes( table.fields.toList() );
  layer->updateFields();
  QgsFeatureList features = table.features;
  layer->dataProvider()->addFeatures( features );
  return layer;
}

DpkSchool school( const QString &code, const DpkValue &merit, const DpkValue &pupils )
{
  DpkSchool school;
  school.code = code;
  school.name = QStringLiteral( "Skola %1" ).arg( code );
  school.municipalityCode = QStringLiteral( "0180" );
  school.location = DpkSchoolLocation{ 674000.0, 6580000.0, QStringLiteral( "EPSG:3006" ) };
  school.values[ QStringLiteral( "meritvarde" ) ].insert( DpkPeriod( 2024 ), merit );
  school.values[ QStringLiteral( "elever_ak9" ) ].insert( DpkPeriod( 2024 ), pupils );
  return school;
}
} // namespace

TEST( DpkSchoolFeatureReader, ReadsBackTheValuesAndMarksOfASchoolTable )
{
  const DpkIndicatorCatalogue catalogue = standardCatalogue();
  const QList<DpkIndicator> indicators{ *catalogue.indicator( QStringLiteral( "meritvarde" ) ),
                                        *catalogue.indicator( QStringLiteral( "elever_ak9" ) ) };
  const QList<DpkSchool> schools{
      school( QStringLiteral( "10000001" ), DpkValue::fromNumber( 251.5 ),
              DpkValue::fromNumber( 80 ) ),
      school( QStringLiteral( "10000002" ),
              DpkValue::fromStatus( DpkValue::Status::SuppressedFewPupils ),
              DpkValue::fromApproximateNumber( 530 ) ),
      school( QStringLiteral( "10000003" ), DpkValue::fromStatus( DpkValue::Status::Missing ),
              DpkValue::fromStatus( DpkValue::Status::NotSet ) ) };
  const auto layer = layerOf( DpkLayerTableBuilder::schools(
      schools, indicators, DpkPeriod( 2024 ),
      QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ), {} ) );

  const DpkResult<DpkSchoolTable> read = DpkSchoolFeatureReader::read(
      *layer->dataProvider(), catalogue, QStringLiteral( "schools" ) );
  ASSERT_TRUE( read.isOk() ) << read.error().toStdString();
  const DpkSchoolTable &table = read.value();
  EXPECT_EQ( table.period, DpkPeriod( 2024 ) );
  ASSERT_EQ( table.indicators.size(), 2 );
  ASSERT_EQ( table.schools.size(), 3 );
  for ( int i = 0; i < 3; ++i )
  {
    for ( const QString &id : { QStringLiteral( "meritvarde" ), QStringLiteral( "elever_ak9" ) } )
    {
      const DpkValue want = schools.at( i ).values.value( id ).value( DpkPeriod( 2024 ) );
      const DpkValue got = table.schools.at( i ).values.value( id ).value( DpkPeriod( 2024 ) );
      EXPECT_EQ( got.status(), want.status() ) << i << " " << id.toStdString();
      EXPECT_EQ( got.hasNumber(), want.hasNumber() ) << i << " " << id.toStdString();
      if ( want.hasNumber() )
      {
        EXPECT_DOUBLE_EQ( got.number(), want.number() );
      }
    }
    ASSERT_TRUE( table.schools.at( i ).location.has_value() );
    EXPECT_DOUBLE_EQ( table.schools.at( i ).location->x, 674000.0 );
    EXPECT_EQ( table.schools.at( i ).location->crs, QStringLiteral( "EPSG:3006" ) );
  }
}

TEST( DpkSchoolFeatureReader, RefusesAnExistingFigureWithoutANumber )
{
  const DpkIndicatorCatalogue catalogue = standardCatalogue();
  const auto layer = layerOf( DpkLayerTableBuilder::schools(
      { school( QStringLiteral( "10000001" ), DpkValue::fromNumber( 251.5 ),
                DpkValue::fromNumber( 80 ) ) },
      { *catalogue.indicator( QStringLiteral( "meritvarde" ) ) }, DpkPeriod( 2024 ),
      QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ), {} ) );
  QgsFeature feature;
  layer->getFeatures().nextFeature( feature );
  layer->dataProvider()->changeAttributeValues(
      { { feature.id(),
          { { layer->fields().lookupField( QStringLiteral( "meritvarde" ) ), QVariant() } } } } );

  const DpkResult<DpkSchoolTable> read =
      DpkSchoolFeatureReader::read( *layer->dataProvider(), catalogue, QStringLiteral( "edited" ) );
  ASSERT_FALSE( read.isOk() );
  EXPECT_TRUE( read.error().contains( QStringLiteral( "edited" ) ) ) << read.error().toStdString();
  EXPECT_TRUE( read.error().contains( QStringLiteral( "'meritvarde'" ) ) )
      << read.error().toStdString();
}

TEST( DpkSchoolFeatureReader, NamesTheFieldsATableOfSchoolsNeeds )
{
  QgsVectorLayer layer( QStringLiteral( "Point?crs=EPSG:3006&field=kod:string" ),
                        QStringLiteral( "points" ), QStringLiteral( "memory" ) );
  const DpkResult<DpkSchoolTable> read = DpkSchoolFeatureReader::read(
      *layer.dataProvider(), standardCatalogue(), QStringLiteral( "points" ) );
  ASSERT_FALSE( read.isOk() );
  EXPECT_TRUE( read.error().contains( QStringLiteral( "'skolenhetskod'" ) ) )
      << read.error().toStdString();
  EXPECT_TRUE( read.error().contains( QStringLiteral( "kod" ) ) ) << read.error().toStdString();
}
