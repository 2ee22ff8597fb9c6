// Times a full national build: the Skolverket export's 1,714 schools, placed and combined into
// Sweden's 290 kommuner, written as styled-ready GeoPackage layers. Run by benchbuild.py, which
// compares it with QGIS's own processing algorithms doing the equivalent join and aggregation.
//
// Skolverket's data hold coordinates only for the recorded Stockholm units, so every school is
// placed at a deterministic pseudo-random point inside its own kommun's polygon (matched on
// Kommun-kod = KnKod). The output says so.
//
// It also writes, untimed, the placed schools with pupil-weighted sums as qgis-input.gpkg, the
// input of the equivalent QGIS processing chain.
//
// Usage: dpk_bench_build <export.csv> <kommuner.geojson> <output folder> [repetitions]
// Prints one JSON object on standard output.

#include "dpkexportreader.h"
#include "dpkgeopackagewriter.h"
#include "dpkheadlessqgis.h"
#include "dpkindicatorcatalogue.h"
#include "dpkmapbuilder.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace
{
// A small deterministic generator, so that every run places every school at the same point.
class PointGenerator
{
public:
  explicit PointGenerator( quint32 seed )
    : mState( seed ? seed : 1u )
  {
  }

  double next()
  {
    mState = mState * 1664525u + 1013904223u;
    return ( mState >> 8 ) / double( 1u << 24 );
  }

private:
  quint32 mState;
};

// The kommun polygons by KnKod, in SWEREF 99 TM like Skolverket's coordinates.
QHash<QString, QgsGeometry> kommunPolygons( const QString &path )
{
  QgsVectorLayer layer( path, QStringLiteral( "kommuner" ), QStringLiteral( "ogr" ) );
  const QgsCoordinateTransform transform(
      layer.crs(), QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ),
      QgsCoordinateTransformContext() );
  QHash<QString, QgsGeometry> polygons;
  QgsFeatureIterator it = layer.getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    QgsGeometry geometry = feature.geometry();
    geometry.transform( transform );
    polygons.insert( feature.attribute( QStringLiteral( "KnKod" ) ).toString(), geometry );
  }
  return polygons;
}

DpkDataset syntheticLocations( const QList<DpkSchool> &schools,
                               const QHash<QString, QgsGeometry> &polygons )
{
  DpkDataset locations;
  locations.report.source = QStringLiteral( "pseudo-random points inside each school's kommun" );
  for ( const DpkSchool &school : schools )
  {
    const QgsGeometry polygon = polygons.value( school.municipalityCode );
    if ( polygon.isNull() )
      continue;
    PointGenerator generator( school.code.toUInt() );
    const QgsRectangle box = polygon.boundingBox();
    QgsPointXY point = polygon.pointOnSurface().asPoint();
    for ( int attempt = 0; attempt < 1000; ++attempt )
    {
      const QgsPointXY candidate( box.xMinimum() + generator.next() * box.width(),
                                  box.yMinimum() + generator.next() * box.height() );
      if ( polygon.contains( &candidate ) )
      {
        point = candidate;
        break;
      }
    }
    DpkSchool located = school;
    located.location = DpkSchoolLocation{ point.x(), point.y(), QStringLiteral( "EPSG:3006" ) };
    locations.schools.append( located );
  }
  return locations;
}
// The schools as points with, per indicator, the pupil-weighted value (w_) and the pupils
// behind it (n_): summed per kommun and divided, they give the same weighted means.
DpkLayerTable processingInput( const DpkDataset &locations, const QList<DpkIndicator> &indicators )
{
  DpkLayerTable table;
  table.name = QStringLiteral( "skolor" );
  table.wkbType = QgsWkbTypes::Point;
  table.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) );
  for ( const DpkIndicator &indicator : indicators )
  {
    table.fields.append(
        DpkQgisCompat::makeField( QStringLiteral( "w_" ) + indicator.id, QMetaType::Double ) );
    table.fields.append(
        DpkQgisCompat::makeField( QStringLiteral( "n_" ) + indicator.id, QMetaType::Double ) );
  }
  const DpkPeriod period = locations.period;
  for ( const DpkSchool &school : locations.schools )
  {
    QgsFeature feature( table.fields );
    feature.setGeometry(
        QgsGeometry::fromPointXY( QgsPointXY( school.location->x, school.location->y ) ) );
    QgsAttributes attributes;
    const DpkValue pupils = school.values.value( QStringLiteral( "elever_ak9" ) ).value( period );
    for ( const DpkIndicator &indicator : indicators )
    {
      const DpkValue value = school.values.value( indicator.id ).value( period );
      const bool counted = value.hasNumber() && pupils.hasNumber();
      attributes << ( counted ? QVariant( value.number() * pupils.number() ) : QVariant() )
                 << ( counted ? QVariant( pupils.number() ) : QVariant() );
    }
    feature.setAttributes( attributes );
    table.features.append( feature );
  }
  return table;
}
} // namespace

int main( int argc, char **argv )
{
  DpkHeadlessQgis qgis( argc, argv, DpkHeadlessQgis::Profile::Throwaway );
  QTextStream out( stdout );
  QTextStream err( stderr );
  if ( argc < 4 )
  {
    err << "usage: dpk_bench_build <export.csv> <kommuner.geojson> <output folder> [repetitions]\n";
    return 2;
  }
  const QString exportPath = QString::fromLocal8Bit( argv[ 1 ] );
  const QString kommunerPath = QString::fromLocal8Bit( argv[ 2 ] );
  const QString outputFolder = QString::fromLocal8Bit( argv[ 3 ] );
  const int repetitions = argc > 4 ? std::max( 1, atoi( argv[ 4 ] ) ) : 5;

  DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile(
      QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" ) );
  if ( !catalogue.isOk() )
  {
    err << catalogue.error() << '\n';
    return 1;
  }
  DpkRunConfig config;
  config.indicators = QStringList{ QStringLiteral( "meritvarde" ), QStringLiteral( "alla_amnen" ),
                                   QStringLiteral( "behorig_yrkes" ) };
  config.hasAreas = true;
  config.areas.path = kommunerPath;
  config.areas.codeField = QStringLiteral( "KnKod" );
  config.areas.nameField = QStringLiteral( "KnNamn" );
  config.outputDir = outputFolder;
  config.outputName = QStringLiteral( "national" );

  // Set-up, not timed: the export once, to place the schools.
  DpkResult<DpkDataset> setup =
      DpkExportReader( catalogue.value().indicators() ).readFile( exportPath );
  if ( !setup.isOk() )
  {
    err << setup.error() << '\n';
    return 1;
  }
  DpkDataset locations =
      syntheticLocations( setup.value().schools, kommunPolygons( kommunerPath ) );
  locations.period = setup.value().period;
  QList<DpkIndicator> weighted;
  for ( const QString &id : config.indicators )
    weighted.append( *catalogue.value().indicator( id ) );
  const DpkResult<QString> input = DpkGeoPackageWriter::write(
      QDir( outputFolder ).filePath( QStringLiteral( "qgis-input.gpkg" ) ),
      { processingInput( locations, weighted ) } );
  if ( !input.isOk() )
  {
    err << input.error() << '\n';
    return 1;
  }

  QJsonArray readMs, composeMs;
  DpkBuildResult last;
  for ( int i = 0; i < repetitions; ++i )
  {
    QElapsedTimer timer;
    timer.start();
    DpkResult<DpkDataset> results =
        DpkExportReader( catalogue.value().indicators() ).readFile( exportPath );
    readMs.append( timer.nsecsElapsed() / 1e6 );
    timer.restart();
    DpkResult<DpkBuildResult> built = DpkMapBuilder( config, catalogue.value(), outputFolder )
                                          .buildFrom( results.value(), locations );
    composeMs.append( timer.nsecsElapsed() / 1e6 );
    if ( !built.isOk() )
    {
      err << built.error() << '\n';
      return 1;
    }
    last = built.value();
  }

  const QJsonObject report{
      { QStringLiteral( "schools" ), last.schoolsRead },
      { QStringLiteral( "placed" ), last.schoolsPlaced },
      { QStringLiteral( "areas" ), last.areaCount },
      { QStringLiteral( "geopackage" ), last.geopackage },
      { QStringLiteral( "processing_input" ), input.value() },
      { QStringLiteral( "locations" ), locations.report.source },
      { QStringLiteral( "read_ms" ), readMs },
      { QStringLiteral( "place_aggregate_write_ms" ), composeMs },
  };
  out << QJsonDocument( report ).toJson( QJsonDocument::Compact ) << '\n';
  return 0;
}
