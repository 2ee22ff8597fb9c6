// How fast recorded statistics/gr responses of the API are read: body bytes to value series, in
// responses per second. The 152 recorded Stockholm bodies are parsed over and over.

#include "dpkindicatorcatalogue.h"
#include "dpkskolverketapiparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace
{
const char *const STATISTICS_FOLDER =
    DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180/statistics-gr";

//! Returns each recording's body as the API sent it, with the recording's URL.
QList<QPair<QString, QByteArray>> recordedBodies( const QString &folder )
{
  QList<QPair<QString, QByteArray>> bodies;
  const QDir dir( folder );
  for ( const QString &name : dir.entryList( { QStringLiteral( "*.json" ) }, QDir::Files ) )
  {
    QFile file( dir.filePath( name ) );
    if ( !file.open( QIODevice::ReadOnly ) )
      continue;
    const QJsonObject recording = QJsonDocument::fromJson( file.readAll() ).object();
    bodies.append( { recording.value( QStringLiteral( "url" ) ).toString(),
                     QJsonDocument( recording.value( QStringLiteral( "json" ) ).toObject() )
                         .toJson( QJsonDocument::Compact ) } );
  }
  return bodies;
}

void parseRecordedStatistics( benchmark::State &state )
{
  const QList<QPair<QString, QByteArray>> bodies =
      recordedBodies( QString::fromUtf8( STATISTICS_FOLDER ) );
  if ( bodies.size() != 152 )
  {
    state.SkipWithError( QStringLiteral( "expected the 152 recorded statistics responses in %1, "
                                         "found %2" )
                             .arg( QString::fromUtf8( STATISTICS_FOLDER ) )
                             .arg( bodies.size() )
                             .toUtf8()
                             .constData() );
    return;
  }
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile(
      QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" ) );
  if ( !catalogue.isOk() )
  {
    state.SkipWithError( catalogue.error().toUtf8().constData() );
    return;
  }
  const QList<DpkIndicator> indicators = catalogue.value().indicators();

  qint64 bytes = 0;
  for ( const auto &body : bodies )
    bytes += body.second.size();
  for ( auto _ : state )
  {
    for ( const auto &body : bodies )
    {
      const DpkResult<DpkSkolverketApiParser::Values> values =
          DpkSkolverketApiParser::parseStatistics( QJsonDocument::fromJson( body.second ),
                                                   indicators, body.first );
      if ( !values.isOk() )
      {
        state.SkipWithError( values.error().toUtf8().constData() );
        return;
      }
      benchmark::DoNotOptimize( values );
    }
  }
  state.counters[ "responses" ] = bodies.size();
  state.counters[ "responses/s" ] = benchmark::Counter(
      static_cast<double>( bodies.size() ) * static_cast<double>( state.iterations() ),
      benchmark::Counter::kIsRate );
  state.SetBytesProcessed( bytes * state.iterations() );
}
} // namespace

BENCHMARK( parseRecordedStatistics )
    ->Name( "DpkSkolverketApiParser/RecordedStatisticsGr" )
    ->Unit( benchmark::kMillisecond );
