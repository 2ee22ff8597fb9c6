#include "dpkxlsxreader.h"

#include <QByteArray>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace
{
/**
 * Sets a GDAL configuration option for the current thread while it lives. OGR's XLSX driver
 * reads its sheets lazily, so the options must hold until the last row has been read. Open
 * options for the same purpose exist only from GDAL 3.8; the configuration options work on all
 * versions.
 */
class ThreadConfigOption
{
public:
  ThreadConfigOption( const char *key, const char *value )
    : mKey( key )
  {
    const char *previous = CPLGetThreadLocalConfigOption( key, nullptr );
    if ( previous )
      mPrevious = QByteArray( previous );
    CPLSetThreadLocalConfigOption( key, value );
  }

  ~ThreadConfigOption()
  {
    CPLSetThreadLocalConfigOption( mKey, mPrevious.isNull() ? nullptr : mPrevious.constData() );
  }

  ThreadConfigOption( const ThreadConfigOption & ) = delete;
  ThreadConfigOption &operator=( const ThreadConfigOption & ) = delete;

private:
  const char *mKey;
  QByteArray mPrevious;
};

struct DatasetCloser
{
  void operator()( void *dataset ) const { GDALClose( dataset ); }
};

struct FeatureDestroyer
{
  void operator()( void *feature ) const { OGR_F_Destroy( static_cast<OGRFeatureH>( feature ) ); }
};

DpkExportTable readLayer( OGRLayerH layer )
{
  DpkExportTable table;
  table.name = QString::fromUtf8( OGR_L_GetName( layer ) );
  OGR_L_ResetReading( layer );
  int previousLine = 0;
  while ( true )
  {
    const std::unique_ptr<void, FeatureDestroyer> feature( OGR_L_GetNextFeature( layer ) );
    if ( !feature )
      break;
    const OGRFeatureH handle = static_cast<OGRFeatureH>( feature.get() );

    // Without a header row the driver numbers features by spreadsheet row, starting at 1.
    DpkExportRow row;
    const GIntBig fid = OGR_F_GetFID( handle );
    row.line = fid > previousLine ? static_cast<int>( fid ) : previousLine + 1;
    row.lastLine = row.line;
    previousLine = row.line;
    const int fieldCount = OGR_F_GetFieldCount( handle );
    for ( int i = 0; i < fieldCount; ++i )
    {
      row.cells.append( OGR_F_IsFieldSetAndNotNull( handle, i )
                            ? QString::fromUtf8( OGR_F_GetFieldAsString( handle, i ) )
                            : QString() );
    }
    table.rows.append( row );
  }
  return table;
}
} // namespace

DpkResult<QList<DpkExportTable>> DpkXlsxReader::readSheets( const QString &path )
{
  if ( !GDALGetDriverByName( "XLSX" ) )
    GDALAllRegister();
  if ( !GDALGetDriverByName( "XLSX" ) )
  {
    return DpkResult<QList<DpkExportTable>>::failure(
        tr( "cannot read '%1': this GDAL has no XLSX driver" ).arg( path ) );
  }

  const ThreadConfigOption noHeaders( "OGR_XLSX_HEADERS", "DISABLE" );
  const ThreadConfigOption textOnly( "OGR_XLSX_FIELD_TYPES", "STRING" );
  const char *const allowedDrivers[] = { "XLSX", nullptr };
  CPLErrorReset();
  const std::unique_ptr<void, DatasetCloser> dataset(
      GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowedDrivers,
                  nullptr, nullptr ) );
  if ( !dataset )
  {
    const QString detail = QString::fromUtf8( CPLGetLastErrorMsg() );
    return DpkResult<QList<DpkExportTable>>::failure(
        tr( "cannot read '%1' as an XLSX workbook: %2" )
            .arg( path, detail.isEmpty() ? tr( "not a valid XLSX file" ) : detail ) );
  }

  QList<DpkExportTable> sheets;
  const int layerCount = GDALDatasetGetLayerCount( dataset.get() );
  for ( int i = 0; i < layerCount; ++i )
    sheets.append( readLayer( GDALDatasetGetLayer( dataset.get(), i ) ) );
  return DpkResult<QList<DpkExportTable>>::success( sheets );
}
