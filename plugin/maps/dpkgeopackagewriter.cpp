#include "dpkgeopackagewriter.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsfeedback.h>
#include <qgsvectorfilewriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

DpkResult<QString> DpkGeoPackageWriter::write( const QString &path,
                                               const QList<DpkLayerTable> &tables,
                                               QgsFeedback *feedback )
{
  const QFileInfo target( path );
  if ( !QDir().mkpath( target.absolutePath() ) )
  {
    return DpkResult<QString>::failure(
        tr( "%1: the folder cannot be created" ).arg( target.absolutePath() ) );
  }
  if ( target.exists() && !target.isFile() )
  {
    return DpkResult<QString>::failure(
        tr( "%1: there is a folder or other non-file of that name; expected a GeoPackage file" )
            .arg( target.absoluteFilePath() ) );
  }
  const QString partial = target.absoluteDir().filePath(
      QStringLiteral( ".%1.partial.gpkg" ).arg( target.completeBaseName() ) );
  QFile::remove( partial );

  for ( int i = 0; i < tables.size(); ++i )
  {
    const QString error = writeTable( partial, tables.at( i ), i == 0, feedback );
    if ( !error.isEmpty() )
    {
      QFile::remove( partial );
      return DpkResult<QString>::failure( error );
    }
    if ( feedback )
      feedback->setProgress( 100.0 * ( i + 1 ) / tables.size() );
  }

  const QString error = replace( partial, target.absoluteFilePath() );
  if ( !error.isEmpty() )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure( error );
  }
  return DpkResult<QString>::success( target.absoluteFilePath() );
}

QString DpkGeoPackageWriter::writeTable( const QString &path, const DpkLayerTable &table,
                                         bool firstTable, QgsFeedback *feedback )
{
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = table.name;
  options.fileEncoding = QStringLiteral( "UTF-8" );
  options.actionOnExistingFile = firstTable ? QgsVectorFileWriter::CreateOrOverwriteFile
                                            : QgsVectorFileWriter::CreateOrOverwriteLayer;
  std::unique_ptr<QgsVectorFileWriter> writer( QgsVectorFileWriter::create(
      path, table.fields, table.wkbType, table.crs, QgsCoordinateTransformContext(), options ) );
  if ( writer->hasError() != QgsVectorFileWriter::NoError )
  {
    return tr( "%1: the layer '%2' cannot be created: %3" )
        .arg( path, table.name, writer->errorMessage() );
  }

  for ( QgsFeature feature : table.features )
  {
    if ( feedback && feedback->isCanceled() )
      return tr( "%1: writing was cancelled" ).arg( path );
    if ( !writer->addFeature( feature ) )
    {
      return tr( "%1: feature %2 of the layer '%3' cannot be written: %4" )
          .arg( path )
          .arg( feature.id() )
          .arg( table.name, writer->errorMessage() );
    }
  }
  writer.reset();
  return QString();
}

QString DpkGeoPackageWriter::replace( const QString &partial, const QString &path )
{
  if ( !QFile::exists( path ) )
    return QFile::rename( partial, path ) ? QString()
                                          : tr( "%1: the file cannot be written" ).arg( path );

  // Keep the old file until the new one is in place, so a failure can put it back.
  const QString backup = partial + QStringLiteral( ".previous" );
  QFile::remove( backup );
  if ( !QFile::rename( path, backup ) )
    return tr( "%1: the earlier file cannot be replaced" ).arg( path );
  if ( !QFile::rename( partial, path ) )
  {
    QFile::rename( backup, path );
    return tr( "%1: the file cannot be written" ).arg( path );
  }
  QFile::remove( backup );
  return QString();
}
