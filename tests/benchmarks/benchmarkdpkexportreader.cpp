// How fast the national statistics export is read: bytes to schools, in rows per second.

#include "dpkexportreader.h"
#include "dpkindicatorcatalogue.h"

#include <QFile>

#include <benchmark/benchmark.h>

namespace
{
const char *const NATIONAL_EXPORT = DPK_REALDATA_DIR
    "/skolverket-export/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv";

void readNationalExport( benchmark::State &state )
{
  const QString path = QString::fromUtf8( NATIONAL_EXPORT );
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    state.SkipWithError(
        QStringLiteral( "the real export is missing: %1" ).arg( path ).toUtf8().constData() );
    return;
  }
  const QByteArray bytes = file.readAll();
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile(
      QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" ) );
  if ( !catalogue.isOk() )
  {
    state.SkipWithError( catalogue.error().toUtf8().constData() );
    return;
  }
  const DpkExportReader reader( catalogue.value().indicators() );

  int rows = 0;
  for ( auto _ : state )
  {
    const DpkResult<DpkDataset> dataset = reader.readCsvData( bytes, path );
    if ( !dataset.isOk() )
    {
      state.SkipWithError( dataset.error().toUtf8().constData() );
      return;
    }
    rows = dataset.value().report.rowsRead;
    benchmark::DoNotOptimize( dataset );
  }
  state.counters[ "rows" ] = rows;
  state.counters[ "rows/s" ] =
      benchmark::Counter( static_cast<double>( rows ) * static_cast<double>( state.iterations() ),
                          benchmark::Counter::kIsRate );
  state.SetBytesProcessed( static_cast<int64_t>( bytes.size() ) * state.iterations() );
}
} // namespace

BENCHMARK( readNationalExport )
    ->Name( "DpkExportReader/NationalExportCsv" )
    ->Unit( benchmark::kMillisecond );
