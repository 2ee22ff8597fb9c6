#include "dpkinspectcommand.h"

#include "dpkcommandoptions.h"
#include "dpkexportreader.h"
#include "dpkindicatorcatalogue.h"
#include "dpkrunconfig.h"
#include "dpkskolverketapireader.h"
#include "dpksuppression.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QVector>

#include <algorithm>

namespace
{
// Lines of \a rows with their columns padded to a common width.
QStringList aligned( const QList<QStringList> &rows )
{
  QVector<int> widths;
  for ( const QStringList &row : rows )
  {
    widths.resize( std::max( widths.size(), static_cast<int>( row.size() ) ) );
    for ( int column = 0; column < row.size(); ++column )
      widths[ column ] =
          std::max( widths.at( column ), static_cast<int>( row.at( column ).size() ) );
  }
  QStringList lines;
  for ( const QStringList &row : rows )
  {
    QString line;
    for ( int column = 0; column < row.size(); ++column )
    {
      const bool last = column == row.size() - 1;
      line += last ? row.at( column ) : row.at( column ).leftJustified( widths.at( column ) + 2 );
    }
    lines << line;
  }
  return lines;
}

// The indicators for which the source holds at least one value, in catalogue order.
QList<DpkIndicator> presentIndicators( const QList<DpkSchool> &schools,
                                       const QList<DpkIndicator> &indicators )
{
  QList<DpkIndicator> present;
  for ( const DpkIndicator &indicator : indicators )
  {
    const bool held = std::any_of( schools.cbegin(), schools.cend(),
                                   [ &indicator ]( const DpkSchool &school )
                                   { return !school.values.value( indicator.id ).isEmpty(); } );
    if ( held )
      present << indicator;
  }
  return present;
}

// The latest value as it may be shown: the privacy rule applies to this table like to any other.
DpkValue shownLatest( const DpkIndicator &indicator, const DpkSchool &school )
{
  const DpkPeriod period = school.values.value( indicator.id ).latestPeriod();
  return DpkSuppression::shownValue( indicator, school, period );
}

QJsonObject valueJson( const DpkIndicator &indicator, const DpkSchool &school )
{
  const DpkPeriod period = school.values.value( indicator.id ).latestPeriod();
  const DpkValue value = shownLatest( indicator, school );
  return QJsonObject{ { QStringLiteral( "value" ),
                        value.hasNumber() ? QJsonValue( value.number() ) : QJsonValue() },
                      { QStringLiteral( "status" ), DpkValue::statusKey( value.status() ) },
                      { QStringLiteral( "period" ), period.toString() },
                      { QStringLiteral( "text" ), value.sourceText() } };
}

QJsonObject schoolJson( const DpkSchool &school, const QList<DpkIndicator> &present )
{
  QJsonObject values;
  for ( const DpkIndicator &indicator : present )
  {
    const DpkValueSeries series = school.values.value( indicator.id );
    if ( !series.isEmpty() )
      values.insert( indicator.id, valueJson( indicator, school ) );
  }
  QJsonObject json{ { QStringLiteral( "code" ), school.code },
                    { QStringLiteral( "name" ), school.name },
                    { QStringLiteral( "municipalityCode" ), school.municipalityCode },
                    { QStringLiteral( "municipalityName" ), school.municipalityName },
                    { QStringLiteral( "values" ), values } };
  if ( school.location )
  {
    json.insert( QStringLiteral( "location" ),
                 QJsonObject{ { QStringLiteral( "x" ), school.location->x },
                              { QStringLiteral( "y" ), school.location->y },
                              { QStringLiteral( "crs" ), school.location->crs } } );
  }
  return json;
}

// The number shown for a value in the table: the indicator's decimals, or the status's mark.
QString shownValue( const QJsonObject &value, const DpkIndicator &indicator )
{
  if ( !value.value( QStringLiteral( "value" ) ).isNull() )
    return QString::number( value.value( QStringLiteral( "value" ) ).toDouble(), 'f',
                            indicator.decimals );
  const std::optional<DpkValue::Status> status =
      DpkValue::statusFromKey( value.value( QStringLiteral( "status" ) ).toString() );
  return status ? DpkValue::statusMark( *status ) : QString();
}
} // namespace

int DpkInspectCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta inspect" ),
                             QStringLiteral( "<file-or-URL> [--municipality <code>] "
                                             "[--format json|table] [--catalogue <file>] "
                                             "[--cache <folder>]" ) );
  options.addValueOption( QStringLiteral( "--municipality" ) );
  options.addValueOption( QStringLiteral( "--format" ) );
  options.addValueOption( QStringLiteral( "--catalogue" ) );
  options.addValueOption( QStringLiteral( "--cache" ) );
  options.setMaximumPositional( 1 );
  if ( const std::optional<int> done = parseOptions( options, arguments, helpText() ) )
    return *done;

  // What to read, checked before anything is read.
  Request request;
  request.source = options.positional().value( 0 );
  request.municipality = options.value( QStringLiteral( "--municipality" ) );
  request.cacheFolder = options.value( QStringLiteral( "--cache" ) );
  request.fromApi = request.source.startsWith( QLatin1String( "http://" ) ) ||
                    request.source.startsWith( QLatin1String( "https://" ) );
  const QString format = options.value( QStringLiteral( "--format" ), QStringLiteral( "table" ) );
  static const QRegularExpression municipalityCode( QStringLiteral( "^\\d{4}$" ) );
  QString inputError;
  if ( request.source.isEmpty() )
    inputError = tr( "expected an export file or the API's base URL; see datapakarta inspect "
                     "--help" );
  else if ( format != QLatin1String( "table" ) && format != QLatin1String( "json" ) )
    inputError = tr( "unknown format '%1'; expected json or table" ).arg( format );
  else if ( options.isSet( QStringLiteral( "--municipality" ) ) &&
            !municipalityCode.match( request.municipality ).hasMatch() )
    inputError = tr( "--municipality '%1' is not a kommunkod; expected 4 digits such as 0180" )
                     .arg( request.municipality );
  else if ( request.fromApi && request.municipality.isEmpty() )
    inputError = tr( "%1: the API is read one municipality at a time; expected --municipality "
                     "with a kommunkod such as 0180" )
                     .arg( request.source );
  else if ( !request.fromApi && !request.cacheFolder.isEmpty() )
    inputError = tr( "--cache applies to the API only, not to the file %1" ).arg( request.source );
  if ( !inputError.isEmpty() )
  {
    mErr << tr( "datapakarta inspect: %1" ).arg( inputError ) << '\n';
    return BadInput;
  }

  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( options.value( QStringLiteral( "--catalogue" ) ) );
  if ( !catalogue.isOk() )
  {
    mErr << tr( "datapakarta inspect: %1" ).arg( catalogue.error() ) << '\n';
    return BadInput;
  }
  const QList<DpkIndicator> indicators = catalogue.value().indicators();

  int exitCode = Success;
  const DpkResult<DpkDataset> dataset = read( request, indicators, exitCode );
  if ( !dataset.isOk() )
  {
    mErr << tr( "datapakarta inspect: %1" ).arg( dataset.error() ) << '\n';
    return exitCode;
  }

  const QJsonObject printed = document( dataset.value(), request, indicators );
  if ( format == QLatin1String( "json" ) )
    mOut << QString::fromUtf8( QJsonDocument( printed ).toJson( QJsonDocument::Indented ) );
  else
    printTable( printed, indicators );

  const DpkReadReport &report = dataset.value().report;
  // A kommunkod the source does not hold is most likely mistyped: say so rather than print an
  // empty summary that looks like a successful read.
  if ( !request.municipality.isEmpty() &&
       printed.value( QStringLiteral( "schools" ) ).toArray().isEmpty() )
  {
    mErr << tr( "datapakarta inspect: %1 holds no school of the municipality %2" )
                .arg( report.source, request.municipality )
         << '\n';
    return BadInput;
  }
  if ( !report.complete || !report.rejected.isEmpty() )
  {
    mErr << tr( "datapakarta inspect: %1 was not read completely; see the summary" )
                .arg( report.source )
         << '\n';
    return PartialResult;
  }
  return Success;
}

DpkResult<DpkDataset> DpkInspectCommand::read( const Request &request,
                                               const QList<DpkIndicator> &indicators,
                                               int &exitCode ) const
{
  if ( request.fromApi )
  {
    DpkHttpClient::Settings settings = DpkSkolverketApiReader::defaultClientSettings();
    settings.cacheFolder = request.cacheFolder;
    DpkSkolverketApiReader reader( QUrl( request.source ), settings );
    const DpkResult<DpkDataset> dataset = reader.read( request.municipality, indicators );
    exitCode = SourceUnavailable;
    return dataset;
  }

  exitCode = BadInput;
  const QFileInfo file( request.source );
  if ( !file.isFile() || !file.isReadable() )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "%1: no readable file there; expected a Skolverket statistics export (CSV or XLSX)" )
            .arg( request.source ) );
  }
  const DpkResult<DpkDataset> dataset = DpkExportReader( indicators ).readFile( request.source );
  if ( !dataset.isOk() && !dataset.error().contains( request.source ) )
  {
    return DpkResult<DpkDataset>::failure(
        QStringLiteral( "%1: %2" ).arg( request.source, dataset.error() ) );
  }
  return dataset;
}

QJsonObject DpkInspectCommand::document( const DpkDataset &dataset, const Request &request,
                                         const QList<DpkIndicator> &indicators )
{
  const QList<DpkIndicator> present = presentIndicators( dataset.schools, indicators );

  // The schools asked for, with the statuses counted over them.
  QJsonArray schools;
  QHash<QString, QHash<QString, int>> statusCounts;
  QSet<QString> periods;
  QSet<QString> municipalities;
  QJsonArray withoutCoordinates;
  int withCoordinates = 0;
  int withStatistics = 0;
  for ( const DpkSchool &school : dataset.schools )
  {
    if ( !request.municipality.isEmpty() && school.municipalityCode != request.municipality )
      continue;
    schools.append( schoolJson( school, present ) );
    municipalities.insert( school.municipalityCode );
    for ( const DpkIndicator &indicator : present )
    {
      const DpkValueSeries series = school.values.value( indicator.id );
      if ( series.isEmpty() )
        continue;
      ++statusCounts[ indicator.id ]
                    [ DpkValue::statusKey( shownLatest( indicator, school ).status() ) ];
      for ( const DpkPeriod &period : series.periods() )
        periods.insert( period.toString() );
    }
    withStatistics += school.values.isEmpty() ? 0 : 1;
    if ( school.location )
      ++withCoordinates;
    else
      withoutCoordinates.append( QJsonObject{ { QStringLiteral( "code" ), school.code },
                                              { QStringLiteral( "name" ), school.name } } );
  }

  QJsonObject counts;
  for ( const DpkIndicator &indicator : present )
  {
    QJsonObject perStatus;
    for ( const DpkValue::Status status : DpkValue::allStatuses() )
    {
      const QString key = DpkValue::statusKey( status );
      perStatus.insert( key, statusCounts.value( indicator.id ).value( key ) );
    }
    counts.insert( indicator.id, perStatus );
  }
  QJsonArray rejected;
  for ( const DpkRejectedRow &row : dataset.report.rejected )
    rejected.append( QJsonObject{ { QStringLiteral( "line" ), row.line },
                                  { QStringLiteral( "reason" ), row.reason } } );
  QStringList sortedPeriods( periods.cbegin(), periods.cend() );
  sortedPeriods.sort();

  const DpkReadReport &report = dataset.report;
  QJsonObject summary{
      { QStringLiteral( "source" ), report.source },
      { QStringLiteral( "sourceType" ),
        DpkRunConfig::sourceTypeKey( request.fromApi ? DpkSourceConfig::Type::SkolverketApi
                                                     : DpkSourceConfig::Type::SkolverketExport ) },
      { QStringLiteral( "municipalityFilter" ),
        request.municipality.isEmpty() ? QJsonValue() : QJsonValue( request.municipality ) },
      { QStringLiteral( "rowsRead" ), schools.size() },
      { QStringLiteral( "rowsReadInSource" ), report.rowsRead },
      { QStringLiteral( "municipalities" ), municipalities.size() },
      { QStringLiteral( "rowsRejected" ), rejected },
      { QStringLiteral( "footnoteLines" ), report.footnoteLines },
      { QStringLiteral( "period" ),
        dataset.period.isValid() ? QJsonValue( dataset.period.toString() ) : QJsonValue() },
      { QStringLiteral( "periods" ), QJsonArray::fromStringList( sortedPeriods ) },
      { QStringLiteral( "statusCounts" ), counts },
      { QStringLiteral( "complete" ), report.complete },
      { QStringLiteral( "warnings" ), QJsonArray::fromStringList( report.warnings ) } };
  if ( request.fromApi )
  {
    summary.insert( QStringLiteral( "unitsWithCoordinates" ), withCoordinates );
    summary.insert( QStringLiteral( "unitsWithStatistics" ), withStatistics );
    summary.insert( QStringLiteral( "unitsWithoutCoordinates" ), withoutCoordinates );
    summary.insert( QStringLiteral( "retrievedAt" ),
                    dataset.retrievedAt.toUTC().toString( Qt::ISODate ) );
    summary.insert( QStringLiteral( "ageDays" ),
                    dataset.retrievedAt.daysTo( QDateTime::currentDateTimeUtc() ) );
  }
  return QJsonObject{ { QStringLiteral( "schools" ), schools },
                      { QStringLiteral( "summary" ), summary } };
}

void DpkInspectCommand::printTable( const QJsonObject &document,
                                    const QList<DpkIndicator> &indicators )
{
  for ( const QJsonValue school : document.value( QStringLiteral( "schools" ) ).toArray() )
  {
    const QJsonObject json = school.toObject();
    mOut << QStringLiteral( "%1  %2  %3 %4" )
                .arg( json.value( QStringLiteral( "code" ) ).toString(),
                      json.value( QStringLiteral( "name" ) ).toString(),
                      json.value( QStringLiteral( "municipalityCode" ) ).toString(),
                      json.value( QStringLiteral( "municipalityName" ) ).toString() )
                .trimmed()
         << '\n';
    const QJsonObject values = json.value( QStringLiteral( "values" ) ).toObject();
    QList<QStringList> rows;
    for ( const DpkIndicator &indicator : indicators )
    {
      if ( !values.contains( indicator.id ) )
        continue;
      const QJsonObject value = values.value( indicator.id ).toObject();
      rows.append( { QStringLiteral( "   " ) + indicator.id, shownValue( value, indicator ),
                     value.value( QStringLiteral( "status" ) ).toString(),
                     value.value( QStringLiteral( "period" ) ).toString() } );
    }
    for ( const QString &line : aligned( rows ) )
      mOut << line << '\n';
  }
  printSummary( document.value( QStringLiteral( "summary" ) ).toObject(), indicators );
}

void DpkInspectCommand::printSummary( const QJsonObject &summary,
                                      const QList<DpkIndicator> &indicators )
{
  const auto number = [ &summary ]( const QString &key ) { return summary.value( key ).toInt(); };
  const QString filter = summary.value( QStringLiteral( "municipalityFilter" ) ).toString();

  mOut << '\n'
       << tr( "Summary of %1" ).arg( summary.value( QStringLiteral( "source" ) ).toString() )
       << '\n';
  if ( filter.isEmpty() )
    mOut << tr( "  Rows read: %1" ).arg( number( QStringLiteral( "rowsRead" ) ) ) << '\n';
  else
    mOut << tr( "  Rows read: %1 of municipality %2 (filtered; %3 in the source)" )
                .arg( number( QStringLiteral( "rowsRead" ) ) )
                .arg( filter )
                .arg( number( QStringLiteral( "rowsReadInSource" ) ) )
         << '\n';

  mOut << tr( "  Municipalities: %1" ).arg( number( QStringLiteral( "municipalities" ) ) ) << '\n';
  const QJsonArray rejected = summary.value( QStringLiteral( "rowsRejected" ) ).toArray();
  mOut << tr( "  Rows rejected: %1" ).arg( rejected.size() ) << '\n';
  for ( const QJsonValue row : rejected )
    mOut << tr( "    line %1: %2" )
                .arg( row.toObject().value( QStringLiteral( "line" ) ).toInt() )
                .arg( row.toObject().value( QStringLiteral( "reason" ) ).toString() )
         << '\n';
  mOut << tr( "  Footnote lines: %1" ).arg( number( QStringLiteral( "footnoteLines" ) ) ) << '\n';
  QStringList periods;
  for ( const QJsonValue period : summary.value( QStringLiteral( "periods" ) ).toArray() )
    periods << period.toString();
  mOut << tr( "  Periods: %1" ).arg( periods.join( QStringLiteral( ", " ) ) ) << '\n';

  // One line per indicator, one column per status.
  const QJsonObject counts = summary.value( QStringLiteral( "statusCounts" ) ).toObject();
  QStringList header{ QStringLiteral( "   " ) + tr( "status counts" ) };
  for ( const DpkValue::Status status : DpkValue::allStatuses() )
    header << DpkValue::statusKey( status );
  QList<QStringList> rows{ header };
  for ( const DpkIndicator &indicator : indicators )
  {
    if ( !counts.contains( indicator.id ) )
      continue;
    QStringList row{ QStringLiteral( "   " ) + indicator.id };
    const QJsonObject perStatus = counts.value( indicator.id ).toObject();
    for ( const DpkValue::Status status : DpkValue::allStatuses() )
      row << QString::number( perStatus.value( DpkValue::statusKey( status ) ).toInt() );
    rows << row;
  }
  for ( const QString &line : aligned( rows ) )
    mOut << line << '\n';

  if ( summary.contains( QStringLiteral( "unitsWithCoordinates" ) ) )
  {
    const QJsonArray without =
        summary.value( QStringLiteral( "unitsWithoutCoordinates" ) ).toArray();
    mOut << tr( "  Units with coordinates: %1 of %2" )
                .arg( number( QStringLiteral( "unitsWithCoordinates" ) ) )
                .arg( number( QStringLiteral( "rowsRead" ) ) )
         << '\n';
    mOut << tr( "  Units with statistics: %1" )
                .arg( number( QStringLiteral( "unitsWithStatistics" ) ) )
         << '\n';
    mOut << tr( "  Units without coordinates: %1" ).arg( without.size() ) << '\n';
    for ( const QJsonValue unit : without )
      mOut << QStringLiteral( "    %1  %2" )
                  .arg( unit.toObject().value( QStringLiteral( "code" ) ).toString(),
                        unit.toObject().value( QStringLiteral( "name" ) ).toString() )
           << '\n';
    mOut << tr( "  Data retrieved: %1 (%2 days ago)" )
                .arg( summary.value( QStringLiteral( "retrievedAt" ) ).toString() )
                .arg( number( QStringLiteral( "ageDays" ) ) )
         << '\n';
  }

  const QJsonArray warnings = summary.value( QStringLiteral( "warnings" ) ).toArray();
  mOut << tr( "  Warnings: %1" ).arg( warnings.size() ) << '\n';
  for ( const QJsonValue warning : warnings )
    mOut << QStringLiteral( "    " ) << warning.toString() << '\n';
  if ( !summary.value( QStringLiteral( "complete" ) ).toBool() )
    mOut << tr( "  The source was not read completely: these figures are partial." ) << '\n';
}

QString DpkInspectCommand::helpText()
{
  return tr( "Usage: datapakarta inspect <file-or-URL> [--municipality <code>]\n"
             "                           [--format json|table] [--catalogue <file>]\n"
             "                           [--cache <folder>]\n"
             "\n"
             "Prints what a source holds: each school with its code, name and municipality,\n"
             "and for each indicator of the catalogue its value, status and school year; then\n"
             "a summary with the rows read and rejected, footnote lines, periods and the count\n"
             "of each status per indicator.\n"
             "\n"
             "  <file-or-URL>    a Skolverket statistics export (CSV or XLSX), or the base URL\n"
             "                   of the Planned Educations API, e.g.\n"
             "                   https://api.skolverket.se/planned-educations/v4\n"
             "  --municipality   print and count only the schools of this kommunkod (e.g. 0180);\n"
             "                   required for a URL\n"
             "  --format         table (default) or json: one document with \"schools\" and\n"
             "                   \"summary\"\n"
             "  --catalogue      an organisation's indicator catalogue on top of the built-in one\n"
             "  --cache          folder of the API's response cache; a second run reads from it\n"
             "\n"
             "Exit codes: 0 success, 2 bad input, 3 source unavailable, 4 partial result\n"
             "(rows rejected or the source not read completely).\n" );
}
