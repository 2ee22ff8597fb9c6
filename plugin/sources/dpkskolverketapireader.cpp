#include "dpkskolverketapireader.h"

#include "dpkskolverketapiparser.h"

#include <qgsfeedback.h>

#include <QHash>
#include <QSet>
#include <QUrlQuery>

namespace
{
//! The share of the progress bar given to reading the list of units.
constexpr double LIST_PROGRESS = 10.0;

//! What the reader learned about the responses it used, to say how old the data are.
struct ResponseAges
{
  int fromCache = 0;
  int total = 0;
  QDateTime oldest;

  void add( const DpkHttpResponse &response )
  {
    ++total;
    if ( response.fromCache )
      ++fromCache;
    if ( !oldest.isValid() || response.fetchedAt < oldest )
      oldest = response.fetchedAt;
  }
};

void setProgress( QgsFeedback *feedback, double progress )
{
  if ( feedback )
    feedback->setProgress( progress );
}

bool isCancelled( const QgsFeedback *feedback )
{
  return feedback && feedback->isCanceled();
}
} // namespace

QUrl DpkSkolverketApiReader::defaultBaseUrl()
{
  return QUrl( QStringLiteral( "https://api.skolverket.se/planned-educations/v4" ) );
}

QString DpkSkolverketApiReader::acceptHeader()
{
  return QStringLiteral( "application/vnd.skolverket.plannededucations.api.v4.hal+json" );
}

DpkHttpClient::Settings DpkSkolverketApiReader::defaultClientSettings()
{
  DpkHttpClient::Settings settings;
  settings.acceptHeader = acceptHeader();
  return settings;
}

DpkSkolverketApiReader::DpkSkolverketApiReader( const QUrl &baseUrl,
                                                const DpkHttpClient::Settings &settings )
  : mBaseUrl( baseUrl )
  , mClient(
        [ &settings ]
        {
          DpkHttpClient::Settings withAccept = settings;
          if ( withAccept.acceptHeader.isEmpty() )
            withAccept.acceptHeader = acceptHeader();
          return withAccept;
        }() )
{
}

void DpkSkolverketApiReader::setPageSize( int size )
{
  mPageSize = std::clamp( size, 1, 100 );
}

QUrl DpkSkolverketApiReader::resourceUrl( const QString &path ) const
{
  QUrl url = mBaseUrl;
  QString basePath = url.path();
  while ( basePath.endsWith( QLatin1Char( '/' ) ) )
    basePath.chop( 1 );
  url.setPath( basePath + path );
  return url;
}

QUrl DpkSkolverketApiReader::unitListUrl( const QString &municipalityCode, int page ) const
{
  // The parameters and their values are those the recorded responses were fetched with.
  QUrl url = resourceUrl( QStringLiteral( "/school-units" ) );
  QUrlQuery query;
  query.addQueryItem( QStringLiteral( "page" ), QString::number( page ) );
  query.addQueryItem( QStringLiteral( "size" ), QString::number( mPageSize ) );
  query.addQueryItem( QStringLiteral( "geographicalAreaCode" ), municipalityCode );
  query.addQueryItem( QStringLiteral( "typeOfSchooling" ), QStringLiteral( "gr" ) );
  query.addQueryItem( QStringLiteral( "schoolYears" ), QStringLiteral( "9" ) );
  query.addQueryItem( QStringLiteral( "coordinateSystemType" ), QStringLiteral( "WGS84" ) );
  url.setQuery( query );
  return url;
}

QUrl DpkSkolverketApiReader::unitUrl( const QString &code ) const
{
  return resourceUrl( QStringLiteral( "/school-units/%1" ).arg( code ) );
}

QUrl DpkSkolverketApiReader::statisticsUrl( const QString &code ) const
{
  return resourceUrl( QStringLiteral( "/school-units/%1/statistics/gr" ).arg( code ) );
}

QUrl DpkSkolverketApiReader::salsaUrl() const
{
  return resourceUrl( QStringLiteral( "/statistics/all-schools/salsa" ) );
}

DpkResult<DpkDataset> DpkSkolverketApiReader::read( const QString &municipalityCode,
                                                    const QList<DpkIndicator> &indicators,
                                                    QgsFeedback *feedback )
{
  DpkDataset dataset;
  DpkReadReport &report = dataset.report;
  ResponseAges ages;
  report.source = unitListUrl( municipalityCode, 0 ).toString();

  // The first page says how many pages there are.
  const DpkResult<DpkHttpResponse> first =
      mClient.get( unitListUrl( municipalityCode, 0 ), feedback );
  if ( !first.isOk() )
    return DpkResult<DpkDataset>::failure( first.error() );
  if ( first.value().isNotFound() )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "%1 answered HTTP 404: the API has no such list" ).arg( report.source ) );
  }
  const DpkResult<DpkSkolverketApiParser::UnitPage> firstPage =
      DpkSkolverketApiParser::parseUnitPage( first.value().document, report.source );
  if ( !firstPage.isOk() )
    return DpkResult<DpkDataset>::failure( firstPage.error() );
  ages.add( first.value() );

  // The other pages.
  QList<DpkSkolverketApiParser::ListedUnit> units = firstPage.value().units;
  QList<QUrl> pageUrls;
  for ( int page = 1; page < firstPage.value().totalPages; ++page )
    pageUrls.append( unitListUrl( municipalityCode, page ) );
  const QList<DpkResult<DpkHttpResponse>> pages = mClient.getAll( pageUrls, feedback );
  for ( int i = 0; i < pages.size(); ++i )
  {
    const QString url = pageUrls[ i ].toString();
    DpkResult<DpkSkolverketApiParser::UnitPage> page =
        pages[ i ].isOk()
            ? DpkSkolverketApiParser::parseUnitPage( pages[ i ].value().document, url )
            : DpkResult<DpkSkolverketApiParser::UnitPage>::failure( pages[ i ].error() );
    if ( !page.isOk() )
    {
      report.warnings.append( tr( "Page %1 of the list of school units was not read: %2" )
                                  .arg( i + 2 )
                                  .arg( page.error() ) );
      report.complete = false;
      continue;
    }
    ages.add( pages[ i ].value() );
    units.append( page.value().units );
  }
  if ( units.size() != firstPage.value().totalElements )
  {
    report.warnings.append( tr( "The API announced %1 school units but listed %2" )
                                .arg( firstPage.value().totalElements )
                                .arg( units.size() ) );
  }
  setProgress( feedback, LIST_PROGRESS );

  // Each unit's details and statistics, and SALSA for all schools, in one batch.
  const int stride = mReadStatistics ? 2 : 1;
  QList<QUrl> urls;
  for ( const DpkSkolverketApiParser::ListedUnit &unit : std::as_const( units ) )
  {
    urls << unitUrl( unit.code );
    if ( mReadStatistics )
      urls << statisticsUrl( unit.code );
  }
  if ( mReadSalsa )
    urls << salsaUrl();
  const QList<DpkResult<DpkHttpResponse>> responses = mClient.getAll(
      urls, feedback,
      [ feedback ]( int done, int total )
      { setProgress( feedback, LIST_PROGRESS + ( 100.0 - LIST_PROGRESS ) * done / total ); } );

  QSet<QString> fieldsFound;
  QSet<QString> seenCodes;
  int statisticsRead = 0;
  bool salsaRead = false;
  for ( int i = 0; i < units.size(); ++i )
  {
    const DpkSkolverketApiParser::ListedUnit &unit = units[ i ];
    if ( seenCodes.contains( unit.code ) )
    {
      report.warnings.append( tr( "School unit %1 (%2) was listed twice; it is read once" )
                                  .arg( unit.code, unit.name ) );
      continue;
    }
    seenCodes.insert( unit.code );

    DpkSchool school;
    school.code = unit.code;
    school.name = unit.name;
    school.municipalityCode = unit.municipalityCode;
    school.organiserType = unit.organiserType;
    const int line = i + 1;

    // Details: name, organiser and location.
    const DpkResult<DpkHttpResponse> &details = responses[ stride * i ];
    if ( !details.isOk() )
    {
      report.rejected.append(
          { line, tr( "School unit %1 (%2): %3" ).arg( unit.code, unit.name, details.error() ) } );
    }
    else if ( details.value().isNotFound() )
    {
      ages.add( details.value() );
      report.warnings.append( tr( "School unit %1 (%2) has no details at %3 (HTTP 404), so no "
                                  "location" )
                                  .arg( unit.code, unit.name, urls[ stride * i ].toString() ) );
    }
    else
    {
      ages.add( details.value() );
      const DpkResult<DpkSchool> parsed = DpkSkolverketApiParser::parseUnitDetails(
          details.value().document, urls[ stride * i ].toString() );
      if ( !parsed.isOk() )
      {
        report.rejected.append(
            { line, tr( "School unit %1 (%2): %3" ).arg( unit.code, unit.name, parsed.error() ) } );
      }
      else
      {
        if ( !parsed.value().name.isEmpty() )
          school.name = parsed.value().name;
        if ( !parsed.value().municipalityCode.isEmpty() )
          school.municipalityCode = parsed.value().municipalityCode;
        if ( !parsed.value().organiserType.isEmpty() )
          school.organiserType = parsed.value().organiserType;
        school.location = parsed.value().location;
        if ( !school.location )
        {
          report.warnings.append(
              tr( "School unit %1 (%2) has no coordinates at %3: it cannot be placed on a map" )
                  .arg( school.code, school.name, urls[ stride * i ].toString() ) );
        }
      }
    }

    // Statistics over several school years.
    if ( !mReadStatistics )
    {
      dataset.schools.append( school );
      continue;
    }
    const DpkResult<DpkHttpResponse> &statistics = responses[ stride * i + 1 ];
    if ( !statistics.isOk() )
    {
      report.rejected.append(
          { line,
            tr( "School unit %1 (%2): %3" ).arg( school.code, school.name, statistics.error() ) } );
    }
    else if ( statistics.value().isNotFound() )
    {
      ages.add( statistics.value() );
      report.warnings.append(
          tr( "School unit %1 (%2) has no statistics at %3 (HTTP 404)" )
              .arg( school.code, school.name, urls[ stride * i + 1 ].toString() ) );
    }
    else
    {
      ages.add( statistics.value() );
      const DpkResult<DpkSkolverketApiParser::Values> values =
          DpkSkolverketApiParser::parseStatistics( statistics.value().document, indicators,
                                                   urls[ stride * i + 1 ].toString() );
      if ( !values.isOk() )
      {
        report.rejected.append(
            { line,
              tr( "School unit %1 (%2): %3" ).arg( school.code, school.name, values.error() ) } );
      }
      else
      {
        ++statisticsRead;
        school.values = values.value().series;
        fieldsFound.unite( values.value().fieldsFound );
        report.warnings.append( values.value().problems );
      }
    }
    dataset.schools.append( school );
  }

  // SALSA for the schools that were listed.
  if ( mReadSalsa )
  {
    const DpkResult<DpkHttpResponse> &salsa = responses.constLast();
    const QString url = salsaUrl().toString();
    if ( !salsa.isOk() )
    {
      report.warnings.append( tr( "SALSA was not read: %1" ).arg( salsa.error() ) );
      report.complete = false;
    }
    else if ( salsa.value().isNotFound() )
    {
      ages.add( salsa.value() );
      report.warnings.append( tr( "SALSA is not published at %1 (HTTP 404)" ).arg( url ) );
    }
    else
    {
      ages.add( salsa.value() );
      const DpkResult<DpkSkolverketApiParser::SalsaValues> values =
          DpkSkolverketApiParser::parseSalsa( salsa.value().document, indicators, url );
      if ( !values.isOk() )
      {
        report.warnings.append( tr( "SALSA was not read: %1" ).arg( values.error() ) );
        report.complete = false;
      }
      else
      {
        salsaRead = true;
        fieldsFound.unite( values.value().fieldsFound );
        report.warnings.append( values.value().problems );
        for ( DpkSchool &school : dataset.schools )
        {
          const QHash<QString, DpkValueSeries> salsaValues =
              values.value().schools.value( school.code );
          for ( auto it = salsaValues.constBegin(); it != salsaValues.constEnd(); ++it )
          {
            for ( const DpkPeriod &period : it.value().periods() )
              school.values[ it.key() ].insert( period, it.value().value( period ) );
          }
        }
      }
    }
  }

  // A catalogue field that no response holds is probably misspelt: say so.
  for ( const DpkIndicator &indicator : indicators )
  {
    const bool fromStatistics = DpkSkolverketApiParser::isReadFrom(
        indicator, DpkSkolverketApiParser::statisticsResource() );
    const bool fromSalsa =
        DpkSkolverketApiParser::isReadFrom( indicator, DpkSkolverketApiParser::salsaResource() );
    if ( ( fromStatistics && statisticsRead > 0 ) || ( fromSalsa && salsaRead ) )
    {
      if ( !fieldsFound.contains( indicator.apiField ) )
      {
        report.warnings.append( tr( "No response held the field %1 of the indicator %2" )
                                    .arg( indicator.apiField, indicator.id ) );
      }
    }
  }

  // How old the data are.
  dataset.retrievedAt = ages.oldest;
  if ( ages.fromCache > 0 )
  {
    const qint64 days = ages.oldest.daysTo( QDateTime::currentDateTimeUtc() );
    report.warnings.append(
        tr( "%1 of %2 responses were read from the cache in %3; the oldest "
            "was fetched on %4 (%5 days ago)" )
            .arg( ages.fromCache )
            .arg( ages.total )
            .arg( mClient.settings().cacheFolder, ages.oldest.toString( Qt::ISODate ) )
            .arg( days ) );
  }

  if ( !report.rejected.isEmpty() )
    report.complete = false;
  if ( isCancelled( feedback ) )
  {
    report.warnings.append( tr( "Reading was cancelled: the data are not complete" ) );
    report.complete = false;
  }
  report.rowsRead = dataset.schools.size();
  return DpkResult<DpkDataset>::success( dataset );
}
