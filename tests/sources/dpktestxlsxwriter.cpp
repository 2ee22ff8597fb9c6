#include "dpktestxlsxwriter.h"

#include <QHash>
#include <QRegularExpression>

#include <cpl_conv.h>

namespace
{
QString columnName( int column )
{
  QString name;
  for ( int n = column + 1; n > 0; n = ( n - 1 ) / 26 )
    name.prepend( QChar( 'A' + ( n - 1 ) % 26 ) );
  return name;
}

bool addFile( void *zip, const char *name, const QString &content )
{
  const QByteArray bytes = content.toUtf8();
  return CPLCreateFileInZip( zip, name, nullptr ) == CE_None &&
         CPLWriteFileInZip( zip, bytes.constData(), static_cast<int>( bytes.size() ) ) == CE_None &&
         CPLCloseFileInZip( zip ) == CE_None;
}

const char *const XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
const char *const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char *const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const char *const DOCUMENT_RELATIONSHIP =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
} // namespace

bool DpkTestXlsxWriter::write( const QString &path, const QList<QStringList> &rows,
                               const QString &sheetName )
{
  static const QRegularExpression plainNumber( QStringLiteral( "^(0|[1-9]\\d{0,4})(,\\d+)?$" ) );
  QStringList sharedStrings;
  QHash<QString, int> sharedIndex;
  QString sheet = QStringLiteral( "%1<worksheet xmlns=\"%2\"><sheetData>" )
                      .arg( QLatin1String( XML_DECLARATION ), QLatin1String( MAIN_NS ) );
  for ( int r = 0; r < rows.size(); ++r )
  {
    QString cells;
    for ( int c = 0; c < rows.at( r ).size(); ++c )
    {
      const QString text = rows.at( r ).at( c );
      if ( text.isEmpty() )
        continue;
      const QString reference = columnName( c ) + QString::number( r + 1 );
      if ( plainNumber.match( text ).hasMatch() )
      {
        cells += QStringLiteral( "<c r=\"%1\"><v>%2</v></c>" )
                     .arg( reference,
                           QString( text ).replace( QLatin1Char( ',' ), QLatin1Char( '.' ) ) );
        continue;
      }
      if ( !sharedIndex.contains( text ) )
      {
        sharedIndex.insert( text, sharedStrings.size() );
        sharedStrings.append( text );
      }
      cells += QStringLiteral( "<c r=\"%1\" t=\"s\"><v>%2</v></c>" )
                   .arg( reference )
                   .arg( sharedIndex.value( text ) );
    }
    if ( !cells.isEmpty() )
      sheet += QStringLiteral( "<row r=\"%1\">%2</row>" ).arg( r + 1 ).arg( cells );
  }
  sheet += QStringLiteral( "</sheetData></worksheet>" );

  QString strings = QStringLiteral( "%1<sst xmlns=\"%2\" count=\"%3\" uniqueCount=\"%3\">" )
                        .arg( QLatin1String( XML_DECLARATION ), QLatin1String( MAIN_NS ) )
                        .arg( sharedStrings.size() );
  for ( const QString &text : sharedStrings )
    strings +=
        QStringLiteral( "<si><t xml:space=\"preserve\">%1</t></si>" ).arg( text.toHtmlEscaped() );
  strings += QStringLiteral( "</sst>" );

  const QString contentTypes =
      QStringLiteral(
          "%1<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>" )
          .arg( QLatin1String( XML_DECLARATION ) );
  const QString packageRelationships =
      QStringLiteral( "%1<Relationships xmlns=\"%2\"><Relationship Id=\"rId1\" "
                      "Type=\"%3/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" )
          .arg( QLatin1String( XML_DECLARATION ), QLatin1String( RELATIONSHIPS_NS ),
                QLatin1String( DOCUMENT_RELATIONSHIP ) );
  const QString workbook =
      QStringLiteral( "%1<workbook xmlns=\"%2\" xmlns:r=\"%3\"><sheets><sheet name=\"%4\" "
                      "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" )
          .arg( QLatin1String( XML_DECLARATION ), QLatin1String( MAIN_NS ),
                QLatin1String( DOCUMENT_RELATIONSHIP ), sheetName.toHtmlEscaped() );
  const QString workbookRelationships =
      QStringLiteral( "%1<Relationships xmlns=\"%2\">"
                      "<Relationship Id=\"rId1\" Type=\"%3/worksheet\" "
                      "Target=\"worksheets/sheet1.xml\"/>"
                      "<Relationship Id=\"rId2\" Type=\"%3/sharedStrings\" "
                      "Target=\"sharedStrings.xml\"/></Relationships>" )
          .arg( QLatin1String( XML_DECLARATION ), QLatin1String( RELATIONSHIPS_NS ),
                QLatin1String( DOCUMENT_RELATIONSHIP ) );

  void *zip = CPLCreateZip( path.toUtf8().constData(), nullptr );
  if ( !zip )
    return false;
  const bool written = addFile( zip, "[Content_Types].xml", contentTypes ) &&
                       addFile( zip, "_rels/.rels", packageRelationships ) &&
                       addFile( zip, "xl/workbook.xml", workbook ) &&
                       addFile( zip, "xl/_rels/workbook.xml.rels", workbookRelationships ) &&
                       addFile( zip, "xl/worksheets/sheet1.xml", sheet ) &&
                       addFile( zip, "xl/sharedStrings.xml", strings );
  return CPLCloseZip( zip ) == CE_None && written;
}
