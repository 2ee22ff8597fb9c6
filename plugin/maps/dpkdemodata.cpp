#include "dpkdemodata.h"

#include "dpkgeopackagewriter.h"
#include "dpklayertable.h"
#include "dpkqgiscompat.h"
#include "dpkrunconfig.h"

#include <qgsgeometry.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

const QString DpkDemoData::MUNICIPALITY = QStringLiteral( "9999" );
const QString DpkDemoData::AREAS_FILE = QStringLiteral( "demokoping-omraden.gpkg" );
const QString DpkDemoData::SCHOOLS_FILE = QStringLiteral( "demokoping-skolor.gpkg" );
const QString DpkDemoData::RESULTS_FILE = QStringLiteral( "demokoping-slutbetyg-ak9.csv" );
const QString DpkDemoData::RUN_FILE = QStringLiteral( "run.json" );
const QString DpkDemoData::OUTPUT_NAME = QStringLiteral( "demokoping-2024-25" );

namespace
{
// The invented spot in SWEREF 99 TM: the south-west corner of the municipality's grid of areas.
constexpr double ORIGIN_EAST = 512000.0;
constexpr double ORIGIN_NORTH = 6634000.0;
constexpr double CELL_WIDTH = 3000.0;
constexpr double CELL_HEIGHT = 2500.0;
constexpr int COLUMNS = 3;
constexpr int SCHOOLS_PER_AREA = 4;

const char *const AREA_NAMES[] = { "Ekbacken", "Sjöstaden",   "Norrhöjden",
                                   "Tallåsen", "Västerängen", "Björkdalen" };

// Four schools per area, in the order of AREA_NAMES.
const char *const SCHOOL_NAMES[] = {
    "Ekbackeskolan",       "Ekbackens friskola", "Lindparkens skola",    "Ekbackens montessori",
    "Sjöstadsskolan",      "Hamnskolan",         "Resursskolan Lärkan",  "Strandvägens skola",
    "Norrhöjdsskolan",     "Utsiktens skola",    "Kyrkbacksskolan",      "Norrhöjdens friskola",
    "Tallåsskolan",        "Skogsbrynets skola", "Tallåsens musikskola", "Granstigens skola",
    "Västerängsskolan",    "Ängsgårdens skola",  "Kvarnbäcksskolan",     "Västra friskolan",
    "Björkdalens byskola", "Åsens skola",        "Dalgårdens skola",     "Björkhagens skola" };

enum class Kind
{
  Ordinary, //!< Figures in every column.
  High,     //!< So few not eligible that the eligibility is "~100".
  Resource, //!< A small resource school: few pupils, some figures missing (".").
  Small,    //!< Too few pupils: every figure suppressed ("..").
  NoYear9,  //!< An F-6 school: a point, but no year 9 results.
};

// What each school of SCHOOL_NAMES is; Björkdalen has only small schools, so its figures are
// suppressed as a whole.
const Kind SCHOOL_KINDS[] = { Kind::Ordinary, Kind::High,     Kind::Ordinary, Kind::NoYear9,  //
                              Kind::Ordinary, Kind::Ordinary, Kind::Resource, Kind::Ordinary, //
                              Kind::High,     Kind::Ordinary, Kind::Ordinary, Kind::NoYear9,  //
                              Kind::Ordinary, Kind::Ordinary, Kind::High,     Kind::Ordinary, //
                              Kind::Ordinary, Kind::Ordinary, Kind::Ordinary, Kind::Ordinary, //
                              Kind::Small,    Kind::NoYear9,  Kind::Small,    Kind::NoYear9 };

// Where in its area each of an area's schools lies, as fractions of the area's width and height.
const double SCHOOL_SPOTS[ SCHOOLS_PER_AREA ][ 2 ] = {
    { 0.28, 0.30 }, { 0.70, 0.36 }, { 0.34, 0.72 }, { 0.74, 0.68 } };

//! A small linear congruential generator: the same numbers on every machine and compiler.
class DemoRandom
{
public:
  explicit DemoRandom( quint32 seed )
    : mState( seed )
  {
  }

  //! Returns a number in [low, high].
  double uniform( double low, double high )
  {
    mState = mState * 1664525u + 1013904223u;
    return low + ( high - low ) * static_cast<double>( mState >> 8 ) / double( 1u << 24 );
  }

private:
  quint32 mState;
};

struct DemoSchool
{
  QString code;
  QString name;
  Kind kind = Kind::Ordinary;
  bool hasPoint = true;
  QgsPointXY point;
  bool publicOrganiser = true;
};

QString schoolCode( int index )
{
  // Invented 8-digit codes, all starting with 99 like the invented kommunkod.
  return QString::number( 99100000 + index * 4127 + ( index % 7 ) * 31 );
}

QgsGeometry areaPolygon( int index )
{
  const double west = ORIGIN_EAST + ( index % COLUMNS ) * CELL_WIDTH;
  const double south = ORIGIN_NORTH + ( index / COLUMNS ) * CELL_HEIGHT;
  const QgsPolylineXY ring{ QgsPointXY( west, south ), QgsPointXY( west + CELL_WIDTH, south ),
                            QgsPointXY( west + CELL_WIDTH, south + CELL_HEIGHT ),
                            QgsPointXY( west, south + CELL_HEIGHT ), QgsPointXY( west, south ) };
  return QgsGeometry::fromPolygonXY( QgsPolygonXY{ ring } );
}

QString areaCode( int index )
{
  return QStringLiteral( "%1-%2" )
      .arg( DpkDemoData::MUNICIPALITY )
      .arg( index + 1, 2, 10, QLatin1Char( '0' ) );
}

QList<DemoSchool> demoSchools()
{
  DemoRandom random( 9999 );
  QList<DemoSchool> schools;
  const int count = static_cast<int>( sizeof( SCHOOL_NAMES ) / sizeof( SCHOOL_NAMES[ 0 ] ) );
  for ( int i = 0; i < count; ++i )
  {
    const int area = i / SCHOOLS_PER_AREA;
    const double *spot = SCHOOL_SPOTS[ i % SCHOOLS_PER_AREA ];
    DemoSchool school;
    school.code = schoolCode( i );
    school.name = QString::fromUtf8( SCHOOL_NAMES[ i ] );
    school.kind = SCHOOL_KINDS[ i ];
    school.publicOrganiser = !school.name.contains( QStringLiteral( "fri" ) ) &&
                             !school.name.contains( QStringLiteral( "montessori" ) );
    const double east = ORIGIN_EAST + ( area % COLUMNS + spot[ 0 ] ) * CELL_WIDTH;
    const double north = ORIGIN_NORTH + ( area / COLUMNS + spot[ 1 ] ) * CELL_HEIGHT;
    school.point = QgsPointXY( std::round( east + random.uniform( -150.0, 150.0 ) ),
                               std::round( north + random.uniform( -150.0, 150.0 ) ) );
    schools.append( school );
  }

  // One school east of every area, and one distance school that has no place at all.
  DemoSchool outside;
  outside.code = schoolCode( count );
  outside.name = QStringLiteral( "Glesbygdens skola" );
  outside.point = QgsPointXY( ORIGIN_EAST + COLUMNS * CELL_WIDTH + 1800.0, ORIGIN_NORTH + 900.0 );
  schools.append( outside );
  DemoSchool distance;
  distance.code = schoolCode( count + 1 );
  distance.name = QStringLiteral( "Demoköpings distansskola" );
  distance.hasPoint = false;
  distance.publicOrganiser = false;
  schools.append( distance );
  return schools;
}

QString decimal( double value )
{
  return QString::number( value, 'f', 1 ).replace( QLatin1Char( '.' ), QLatin1Char( ',' ) );
}

// One data row of the export: name, code, municipality, organiser, then the four figures.
QString resultRow( const DemoSchool &school, DemoRandom &random )
{
  QStringList figures;
  switch ( school.kind )
  {
  case Kind::Small:
  {
    // Pupils enough to be counted, but too few behind each figure to show it.
    const int pupils = 10 + static_cast<int>( random.uniform( 0.0, 3.0 ) );
    figures = QStringList{ QString::number( pupils ), QStringLiteral( ".." ),
                           QStringLiteral( ".." ), QStringLiteral( ".." ) };
    break;
  }
  case Kind::Resource:
  {
    const int pupils = 11 + static_cast<int>( random.uniform( 0.0, 4.0 ) );
    figures = QStringList{ QString::number( pupils ), QStringLiteral( "." ), QStringLiteral( ".." ),
                           decimal( random.uniform( 120.0, 160.0 ) ) };
    break;
  }
  case Kind::High:
  {
    const int pupils = 60 + static_cast<int>( random.uniform( 0.0, 60.0 ) );
    figures = QStringList{ QString::number( pupils ), decimal( random.uniform( 93.0, 98.5 ) ),
                           QStringLiteral( "~100" ), decimal( random.uniform( 275.0, 300.0 ) ) };
    break;
  }
  case Kind::Ordinary:
  case Kind::NoYear9:
  {
    const int pupils = 35 + static_cast<int>( random.uniform( 0.0, 90.0 ) );
    const double allSubjects = random.uniform( 62.0, 90.0 );
    figures = QStringList{ QString::number( pupils ), decimal( allSubjects ),
                           decimal( std::min( 95.0, allSubjects + random.uniform( 3.0, 9.0 ) ) ),
                           decimal( 150.0 + allSubjects * 1.3 + random.uniform( -8.0, 8.0 ) ) };
    break;
  }
  }
  const QStringList organiser =
      school.publicOrganiser
          ? QStringList{ QStringLiteral( "Kommunal" ), QStringLiteral( "Demoköpings kommun" ),
                         QStringLiteral( "2129999990" ) }
          : QStringList{ QStringLiteral( "Enskild" ), QStringLiteral( "Demo Friskolor AB" ),
                         QStringLiteral( "5599999990" ) };
  return ( QStringList{ school.name, school.code, QStringLiteral( "Demoköping" ),
                        DpkDemoData::MUNICIPALITY }
           << organiser << figures )
      .join( QLatin1Char( ';' ) );
}

QByteArray resultsFile( const QList<DemoSchool> &schools )
{
  // Eleven columns, as in the export: text lines fill the remaining cells with ';'.
  const auto line = []( const QString &text ) { return text + QStringLiteral( ";;;;;;;;;;\n" ); };
  QString text;
  text += line( QStringLiteral( "Demodata för Data på karta – påhittade siffror, inte Skolverkets "
                                "statistik" ) );
  text += line( QString() );
  text += line( QStringLiteral( "Grundskola - Slutbetyg årskurs 9, samtliga elever" ) );
  text += line( QStringLiteral( "Valt läsår: 2024/25" ) );
  text += line( QString() );
  text += QStringLiteral( "Skola;Skol-enhetskod;Skolkommun;Kommun-kod;Typ av huvudman;Huvudman;"
                          "Huvudman orgnr;Antal elever;Andel (%) elever som uppfyllt "
                          "betygskriterierna i alla ämnen;Andel (%) elever behöriga till "
                          "yrkesprog.;Genomsnittligt meritvärde (17 ämnen)\n" );
  DemoRandom random( 2024 );
  for ( const DemoSchool &school : schools )
  {
    if ( school.kind != Kind::NoYear9 )
      text += resultRow( school, random ) + QLatin1Char( '\n' );
  }
  text += line( QString() );
  text += line( QStringLiteral( "Om demodata" ) );
  text += line( QStringLiteral( "Kommunen, skolorna och alla siffror är påhittade för att visa "
                                "hur kartorna görs." ) );
  text += line( QStringLiteral( "Två prickar (..) står för en uppgift som bygger på för få elever "
                                "och därför inte visas." ) );
  text += line( QStringLiteral( "En prick (.) står för en uppgift som saknas." ) );
  text += line( QStringLiteral( "~100 står för en andel behöriga där bara några få elever inte är "
                                "behöriga." ) );
  // The export's own files begin with a byte order mark.
  return QByteArray( "\xEF\xBB\xBF" ) + text.toUtf8();
}

DpkLayerTable areaTable()
{
  DpkLayerTable table;
  table.name = QStringLiteral( "omraden" );
  table.title = QStringLiteral( "Demoköpings områden" );
  table.wkbType = QgsWkbTypes::Polygon;
  table.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) );
  table.fields.append( DpkQgisCompat::makeField( QStringLiteral( "kod" ), QMetaType::QString ) );
  table.fields.append( DpkQgisCompat::makeField( QStringLiteral( "namn" ), QMetaType::QString ) );
  for ( int i = 0; i < DpkDemoData::areaCount(); ++i )
  {
    QgsFeature feature( table.fields );
    feature.setAttributes(
        QgsAttributes( QVector<QVariant>{ areaCode( i ), QString::fromUtf8( AREA_NAMES[ i ] ) } ) );
    feature.setGeometry( areaPolygon( i ) );
    table.features.append( feature );
  }
  return table;
}

DpkLayerTable schoolTable( const QList<DemoSchool> &schools )
{
  DpkLayerTable table;
  table.name = QStringLiteral( "skolor" );
  table.title = QStringLiteral( "Demoköpings skolor" );
  table.wkbType = QgsWkbTypes::Point;
  table.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) );
  table.fields.append(
      DpkQgisCompat::makeField( QStringLiteral( "skolenhetskod" ), QMetaType::QString ) );
  table.fields.append( DpkQgisCompat::makeField( QStringLiteral( "namn" ), QMetaType::QString ) );
  for ( const DemoSchool &school : schools )
  {
    if ( !school.hasPoint )
      continue;
    QgsFeature feature( table.fields );
    feature.setAttributes( QgsAttributes( QVector<QVariant>{ school.code, school.name } ) );
    feature.setGeometry( QgsGeometry::fromPointXY( school.point ) );
    table.features.append( feature );
  }
  return table;
}
} // namespace

int DpkDemoData::areaCount()
{
  return static_cast<int>( sizeof( AREA_NAMES ) / sizeof( AREA_NAMES[ 0 ] ) );
}

DpkResult<QString> DpkDemoData::write( const QString &folder, const QString &outputDir )
{
  const QDir dir( folder );
  if ( !dir.mkpath( QStringLiteral( "." ) ) )
  {
    return DpkResult<QString>::failure(
        tr( "%1: the folder for the demo data cannot be created" ).arg( folder ) );
  }
  const QList<DemoSchool> schools = demoSchools();

  const DpkResult<QString> areas =
      DpkGeoPackageWriter::write( dir.filePath( AREAS_FILE ), { areaTable() } );
  if ( !areas.isOk() )
    return areas;
  const DpkResult<QString> points =
      DpkGeoPackageWriter::write( dir.filePath( SCHOOLS_FILE ), { schoolTable( schools ) } );
  if ( !points.isOk() )
    return points;

  DpkRunConfig config;
  config.municipality = MUNICIPALITY;
  config.period = DpkPeriod( 2024 );
  config.indicators = QStringList{ QStringLiteral( "meritvarde" ), QStringLiteral( "alla_amnen" ),
                                   QStringLiteral( "behorig_yrkes" ) };
  config.results.type = DpkSourceConfig::Type::SkolverketExport;
  config.results.path = RESULTS_FILE;
  config.schools.type = DpkSourceConfig::Type::PointLayer;
  config.schools.path = SCHOOLS_FILE;
  config.schools.layerName = QStringLiteral( "skolor" );
  config.schools.codeField = QStringLiteral( "skolenhetskod" );
  config.hasAreas = true;
  config.areas.path = AREAS_FILE;
  config.areas.layerName = QStringLiteral( "omraden" );
  config.areas.codeField = QStringLiteral( "kod" );
  config.areas.nameField = QStringLiteral( "namn" );
  config.outputDir = outputDir;
  config.outputName = OUTPUT_NAME;
  // The figures are invented: the sheets and layers must not credit Skolverket with them.
  config.sourceName = tr( "invented demo data" );
  config.hasLayout = true;
  config.layout.templateName = QStringLiteral( "a4-landscape" );
  config.layout.atlas = true;

  const QList<QPair<QString, QByteArray>> files{
      { dir.filePath( RESULTS_FILE ), resultsFile( schools ) },
      { dir.filePath( RUN_FILE ), QJsonDocument( config.toJson() ).toJson() } };
  for ( const QPair<QString, QByteArray> &file : files )
  {
    QFile out( file.first );
    if ( !out.open( QIODevice::WriteOnly | QIODevice::Truncate ) ||
         out.write( file.second ) != file.second.size() || !out.flush() )
    {
      return DpkResult<QString>::failure(
          tr( "%1: the demo data cannot be written: %2" ).arg( file.first, out.errorString() ) );
    }
  }
  return DpkResult<QString>::success( dir.filePath( RUN_FILE ) );
}
