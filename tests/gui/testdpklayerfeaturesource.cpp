#include "dpklayerfeaturesource.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <QFile>

#include <gtest/gtest.h>
#include <thread>

namespace
{
const QString AREAS =
    QStringLiteral( DPK_REALDATA_DIR "/areas/stockholm-stadsdelsomraden-2020/sdn_2020.shp" );
} // namespace

TEST( DpkLayerFeatureSource, DescribesTheLayerItWasTakenFrom )
{
  ASSERT_TRUE( QFile::exists( AREAS ) )
      << "the shared real data is missing: " << AREAS.toStdString();
  QgsVectorLayer layer( AREAS, QStringLiteral( "Stadsdelsområden" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );

  const DpkLayerFeatureSource source( &layer );
  EXPECT_EQ( source.sourceName(), QStringLiteral( "Stadsdelsområden" ) );
  EXPECT_EQ( source.sourceCrs().authid(), QStringLiteral( "EPSG:3011" ) );
  EXPECT_EQ( source.featureCount(), 13 );
  EXPECT_EQ( QgsWkbTypes::geometryType( source.wkbType() ), QgsWkbTypes::PolygonGeometry );
  EXPECT_GE( source.fields().lookupField( QStringLiteral( "Sdn_omarde" ) ), 0 );
}

TEST( DpkLayerFeatureSource, IsReadInAnotherThreadWhileTheLayerLivesOn )
{
  ASSERT_TRUE( QFile::exists( AREAS ) )
      << "the shared real data is missing: " << AREAS.toStdString();
  QgsVectorLayer layer( AREAS, QStringLiteral( "areas" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  const DpkLayerFeatureSource source( &layer );

  QStringList names;
  std::thread worker(
      [ &source, &names ]
      {
        QgsFeature feature;
        QgsFeatureIterator features = source.getFeatures();
        while ( features.nextFeature( feature ) )
        {
          if ( feature.hasGeometry() )
            names << feature.attribute( QStringLiteral( "Sdn_omarde" ) ).toString();
        }
      } );
  worker.join();

  EXPECT_EQ( names.size(), 13 );
  EXPECT_TRUE( names.contains( QStringLiteral( "Norrmalm" ) ) );
  EXPECT_TRUE( names.contains( QStringLiteral( "Rinkeby-Kista" ) ) );
}
