#include "dpklayoutexporter.h"

#include "dpklayoutbuilder.h"

#include <qgsfeedback.h>
#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal.h>

#include <cstdio>

namespace
{
QString describe( QgsLayoutExporter::ExportResult result )
{
  switch ( result )
  {
  case QgsLayoutExporter::Success:
    return QString();
  case QgsLayoutExporter::Canceled:
    return DpkLayoutExporter::tr( "the export was cancelled" );
  case QgsLayoutExporter::MemoryError:
    return DpkLayoutExporter::tr( "there is not enough memory for the page" );
  case QgsLayoutExporter::FileError:
  case QgsLayoutExporter::PrintError:
  case QgsLayoutExporter::SvgLayerError:
    return DpkLayoutExporter::tr( "the file cannot be written" );
  case QgsLayoutExporter::IteratorError:
    return DpkLayoutExporter::tr( "the atlas has no pages: no area of its layer matches" );
  }
  return QString();
}
} // namespace

DpkResult<QString> DpkLayoutExporter::exportPdf( QgsPrintLayout *layout, const QString &path,
                                                 QgsFeedback *feedback )
{
  const QString partial = partialPath( path );
  QFile::remove( partial );

  QgsLayoutExporter::PdfExportSettings settings;
  settings.forceVectorOutput = true;
  settings.rasterizeWholeImage = false;
  settings.appendGeoreference = false;
  // The metadata is written below, from the sheet rather than from the project.
  settings.exportMetadata = false;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;

  QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Success;
  QString error;
  if ( layout->atlas()->enabled() )
  {
    result = QgsLayoutExporter::exportToPdf( layout->atlas(), partial, settings, error, feedback );
  }
  else
  {
    QgsLayoutExporter exporter( layout );
    result = exporter.exportToPdf( partial, settings );
  }
  if ( result != QgsLayoutExporter::Success )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure(
        tr( "%1: the layout '%2' cannot be exported: %3" )
            .arg( QDir::toNativeSeparators( path ), layout->name(), describe( result ) ) );
  }

  const QString metadataError = writeMetadata( layout, partial );
  if ( !metadataError.isEmpty() )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure(
        QStringLiteral( "%1: %2" ).arg( QDir::toNativeSeparators( path ), metadataError ) );
  }
  return replace( partial, path );
}

DpkResult<QString> DpkLayoutExporter::exportPng( QgsPrintLayout *layout, const QString &path,
                                                 QgsFeedback *feedback, int dpi )
{
  const QString partial = partialPath( path );
  QFile::remove( partial );

  QgsLayoutExporter::ImageExportSettings settings;
  settings.dpi = dpi;
  settings.pages = { 0 };
  QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Canceled;
  if ( !feedback || !feedback->isCanceled() )
  {
    if ( feedback )
      feedback->setProgress( 0 );
    QgsLayoutExporter exporter( layout );
    // After writing the image QGIS tries to georeference it in place, which GDAL's PNG driver
    // refuses with an error line on the terminal; the image itself is complete.
    CPLPushErrorHandler( CPLQuietErrorHandler );
    result = exporter.exportToImage( partial, settings );
    CPLPopErrorHandler();
  }
  if ( result == QgsLayoutExporter::Success && feedback )
  {
    feedback->setProgress( 100 );
    if ( feedback->isCanceled() )
      result = QgsLayoutExporter::Canceled;
  }
  if ( result != QgsLayoutExporter::Success )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure(
        tr( "%1: the layout '%2' cannot be exported: %3" )
            .arg( QDir::toNativeSeparators( path ), layout->name(), describe( result ) ) );
  }
  return replace( partial, path );
}

QString DpkLayoutExporter::partialPath( const QString &path )
{
  // The suffix stays last, since the image export picks its format from it.
  const QFileInfo info( path );
  return info.dir().filePath(
      QStringLiteral( "%1.partial.%2" ).arg( info.completeBaseName(), info.suffix() ) );
}

QString DpkLayoutExporter::writeMetadata( QgsPrintLayout *layout, const QString &path )
{
  const char *const drivers[] = { "PDF", nullptr };
  GDALDatasetH dataset = GDALOpenEx( QFile::encodeName( path ).constData(),
                                     GDAL_OF_RASTER | GDAL_OF_UPDATE, drivers, nullptr, nullptr );
  if ( !dataset )
    return tr( "the PDF cannot be opened to write its title and author" );

  const QString author = layout->project() ? layout->project()->metadata().author() : QString();
  const QList<std::pair<const char *, QString>> items{
      { "TITLE", layout->customProperty( DpkLayoutBuilder::PDF_TITLE_PROPERTY ).toString() },
      { "SUBJECT", layout->customProperty( DpkLayoutBuilder::PDF_SUBJECT_PROPERTY ).toString() },
      { "AUTHOR", author.isEmpty() ? QStringLiteral( "Data på karta" ) : author },
      { "CREATOR", QStringLiteral( "Data på karta" ) } };
  for ( const auto &item : items )
  {
    if ( !item.second.isEmpty() )
      GDALSetMetadataItem( dataset, item.first, item.second.toUtf8().constData(), nullptr );
  }
  GDALClose( dataset );
  return QString();
}

DpkResult<QString> DpkLayoutExporter::replace( const QString &partial, const QString &path )
{
  // rename() replaces an earlier file in one step: there is never a moment without one.
  if ( std::rename( QFile::encodeName( partial ).constData(),
                    QFile::encodeName( path ).constData() ) != 0 )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure( tr( "%1: the exported file cannot be put in place" )
                                            .arg( QDir::toNativeSeparators( path ) ) );
  }
  return DpkResult<QString>::success( path );
}
