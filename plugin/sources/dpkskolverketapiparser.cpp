#include "dpkskolverketapiparser.h"

#include "dpkperiod.h"
#include "dpkvalue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace
{
//! Returns the text of a JSON value that holds a string or a number; a null string otherwise.
QString textOf( const QJsonValue &value )
{
  if ( value.isString() )
    return value.toString();
  if ( value.isDouble() )
    return QString::number( value.toDouble(), 'g', 17 );
  return QString();
}

//! Reads one {value, valueType} object of the API into a value.
DpkResult<DpkValue> valueOf( const QJsonObject &entry )
{
  const QString text = textOf( entry.value( QStringLiteral( "value" ) ) );
  const QString valueType = entry.value( QStringLiteral( "valueType" ) ).toString();
  if ( valueType.isEmpty() )
    return DpkValue::parse( text );
  return DpkValue::parseApi( text, valueType );
}

//! Reads a coordinate written as text ("6581058" or "59.33"); nothing when it is not a number.
std::optional<double> coordinateOf( const QJsonValue &value )
{
  QString text = textOf( value ).trimmed();
  text.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) );
  bool ok = false;
  const double number = text.toDouble( &ok );
  return ok && number != 0.0 ? std::optional<double>( number ) : std::nullopt;
}

/**
 * Returns the "body" object of an API response, or an error naming \a url when the document is
 * not the API's {"status", "message", "body"} wrapper or reports a failure.
 */
DpkResult<QJsonObject> bodyOf( const QJsonDocument &document, const QString &url )
{
  if ( !document.isObject() )
  {
    return DpkResult<QJsonObject>::failure(
        QCoreApplication::translate( "DpkSkolverketApiParser",
                                     "The response from %1 is not a JSON object" )
            .arg( url ) );
  }
  const QJsonObject root = document.object();
  const QString status = root.value( QStringLiteral( "status" ) ).toString();
  if ( !status.isEmpty() && status != QLatin1String( "OK" ) )
  {
    return DpkResult<QJsonObject>::failure(
        QCoreApplication::translate( "DpkSkolverketApiParser", "%1 reported status %2: %3" )
            .arg( url, status, root.value( QStringLiteral( "message" ) ).toString() ) );
  }
  const QJsonValue body = root.value( QStringLiteral( "body" ) );
  if ( !body.isObject() )
  {
    return DpkResult<QJsonObject>::failure(
        QCoreApplication::translate( "DpkSkolverketApiParser",
                                     "The response from %1 has no \"body\" object" )
            .arg( url ) );
  }
  return DpkResult<QJsonObject>::success( body.toObject() );
}
} // namespace

QString DpkSkolverketApiParser::statisticsResource()
{
  return QStringLiteral( "/school-units/{code}/statistics/gr" );
}

QString DpkSkolverketApiParser::salsaResource()
{
  return QStringLiteral( "/statistics/all-schools/salsa" );
}

bool DpkSkolverketApiParser::isReadFrom( const DpkIndicator &indicator, const QString &resource )
{
  if ( indicator.apiField.isEmpty() )
    return false;
  if ( indicator.apiResource.isEmpty() )
    return resource == statisticsResource();
  return indicator.apiResource == resource;
}

DpkResult<DpkSkolverketApiParser::UnitPage>
DpkSkolverketApiParser::parseUnitPage( const QJsonDocument &document, const QString &url )
{
  const DpkResult<QJsonObject> body = bodyOf( document, url );
  if ( !body.isOk() )
    return DpkResult<UnitPage>::failure( body.error() );

  const QJsonObject page = body.value().value( QStringLiteral( "page" ) ).toObject();
  if ( !page.value( QStringLiteral( "totalPages" ) ).isDouble() ||
       !page.value( QStringLiteral( "number" ) ).isDouble() )
  {
    return DpkResult<UnitPage>::failure(
        tr( "The response from %1 has no body.page with totalPages and number" ).arg( url ) );
  }

  UnitPage result;
  result.number = page.value( QStringLiteral( "number" ) ).toInt();
  result.totalPages = page.value( QStringLiteral( "totalPages" ) ).toInt();
  result.totalElements = page.value( QStringLiteral( "totalElements" ) ).toInt();

  // HAL leaves out _embedded when a page is empty.
  const QJsonArray units = body.value()
                               .value( QStringLiteral( "_embedded" ) )
                               .toObject()
                               .value( QStringLiteral( "listedSchoolUnits" ) )
                               .toArray();
  for ( int i = 0; i < units.size(); ++i )
  {
    const QJsonObject unit = units.at( i ).toObject();
    ListedUnit listed;
    listed.code = unit.value( QStringLiteral( "code" ) ).toString();
    listed.name = unit.value( QStringLiteral( "name" ) ).toString();
    listed.municipalityCode = unit.value( QStringLiteral( "geographicalAreaCode" ) ).toString();
    listed.organiserType = unit.value( QStringLiteral( "principalOrganizerType" ) ).toString();
    if ( listed.code.isEmpty() )
    {
      return DpkResult<UnitPage>::failure(
          tr( "The response from %1 lists a school unit without a code at position %2 of "
              "body._embedded.listedSchoolUnits" )
              .arg( url )
              .arg( i + 1 ) );
    }
    result.units.append( listed );
  }
  return DpkResult<UnitPage>::success( result );
}

DpkResult<DpkSchool> DpkSkolverketApiParser::parseUnitDetails( const QJsonDocument &document,
                                                               const QString &url )
{
  const DpkResult<QJsonObject> parsedBody = bodyOf( document, url );
  if ( !parsedBody.isOk() )
    return DpkResult<DpkSchool>::failure( parsedBody.error() );
  const QJsonObject &body = parsedBody.value();

  DpkSchool school;
  school.code = body.value( QStringLiteral( "code" ) ).toString();
  if ( school.code.isEmpty() )
    return DpkResult<DpkSchool>::failure(
        tr( "The response from %1 has no body.code" ).arg( url ) );
  school.name = body.value( QStringLiteral( "name" ) ).toString();
  school.municipalityCode = body.value( QStringLiteral( "geographicalAreaCode" ) ).toString();
  school.organiserType = body.value( QStringLiteral( "principalOrganizerType" ) ).toString();
  // corporationName is left out on purpose: a sole trader's company carries a person's name.

  const std::optional<double> north = coordinateOf( body.value( QStringLiteral( "sweRef_N" ) ) );
  const std::optional<double> east = coordinateOf( body.value( QStringLiteral( "sweRef_E" ) ) );
  const std::optional<double> latitude =
      coordinateOf( body.value( QStringLiteral( "wgs84_Lat" ) ) );
  const std::optional<double> longitude =
      coordinateOf( body.value( QStringLiteral( "wgs84_Long" ) ) );
  if ( north && east )
    school.location = DpkSchoolLocation{ *east, *north, QStringLiteral( "EPSG:3006" ) };
  else if ( latitude && longitude )
    school.location = DpkSchoolLocation{ *longitude, *latitude, QStringLiteral( "EPSG:4326" ) };

  return DpkResult<DpkSchool>::success( school );
}

DpkResult<DpkSkolverketApiParser::Values>
DpkSkolverketApiParser::parseStatistics( const QJsonDocument &document,
                                         const QList<DpkIndicator> &indicators, const QString &url )
{
  const DpkResult<QJsonObject> parsedBody = bodyOf( document, url );
  if ( !parsedBody.isOk() )
    return DpkResult<Values>::failure( parsedBody.error() );
  const QJsonObject &body = parsedBody.value();

  Values result;
  for ( const DpkIndicator &indicator : indicators )
  {
    if ( !isReadFrom( indicator, statisticsResource() ) || !body.contains( indicator.apiField ) )
      continue;
    result.fieldsFound.insert( indicator.apiField );

    const QJsonValue field = body.value( indicator.apiField );
    if ( field.isNull() )
      continue;
    if ( !field.isArray() )
    {
      result.problems.append( tr( "%1: the field %2 is not a list of {value, valueType, "
                                  "timePeriod}" )
                                  .arg( url, indicator.apiField ) );
      continue;
    }

    DpkValueSeries series;
    const QJsonArray entries = field.toArray();
    for ( int i = 0; i < entries.size(); ++i )
    {
      if ( entries.at( i ).isNull() )
        continue;
      const QJsonObject entry = entries.at( i ).toObject();
      const DpkResult<DpkValue> value = valueOf( entry );
      if ( !value.isOk() )
      {
        result.problems.append(
            tr( "%1: %2[%3]: %4" ).arg( url, indicator.apiField ).arg( i ).arg( value.error() ) );
        continue;
      }

      const QJsonValue periodText = entry.value( QStringLiteral( "timePeriod" ) );
      if ( periodText.isNull() || periodText.isUndefined() )
      {
        if ( value.value().hasNumber() )
        {
          result.problems.append( tr( "%1: %2[%3]: the value %4 has no timePeriod" )
                                      .arg( url, indicator.apiField )
                                      .arg( i )
                                      .arg( value.value().sourceText() ) );
        }
        continue;
      }
      const DpkResult<DpkPeriod> period = DpkPeriod::parse( periodText.toString() );
      if ( !period.isOk() )
      {
        result.problems.append(
            tr( "%1: %2[%3]: %4" ).arg( url, indicator.apiField ).arg( i ).arg( period.error() ) );
        continue;
      }
      series.insert( period.value(), value.value() );
    }
    if ( !series.isEmpty() )
      result.series.insert( indicator.id, series );
  }
  return DpkResult<Values>::success( result );
}

DpkResult<DpkSkolverketApiParser::SalsaValues>
DpkSkolverketApiParser::parseSalsa( const QJsonDocument &document,
                                    const QList<DpkIndicator> &indicators, const QString &url )
{
  const DpkResult<QJsonObject> parsedBody = bodyOf( document, url );
  if ( !parsedBody.isOk() )
    return DpkResult<SalsaValues>::failure( parsedBody.error() );
  const QJsonObject &body = parsedBody.value();

  const QJsonValue list = body.value( QStringLiteral( "compulsorySchoolUnitSalsaMetricList" ) );
  if ( !list.isArray() )
  {
    return DpkResult<SalsaValues>::failure(
        tr( "The response from %1 has no list body.compulsorySchoolUnitSalsaMetricList" )
            .arg( url ) );
  }
  const DpkResult<DpkPeriod> period =
      DpkPeriod::parse( body.value( QStringLiteral( "timePeriod" ) ).toString() );
  if ( !period.isOk() )
  {
    return DpkResult<SalsaValues>::failure(
        tr( "The response from %1 has no school year in body.timePeriod: %2" )
            .arg( url, period.error() ) );
  }

  SalsaValues result;
  const QJsonArray entries = list.toArray();
  for ( int i = 0; i < entries.size(); ++i )
  {
    if ( entries.at( i ).isNull() )
      continue;
    const QJsonObject entry = entries.at( i ).toObject();
    const QString code = entry.value( QStringLiteral( "schoolUnitCode" ) ).toString();
    if ( code.isEmpty() )
    {
      result.problems.append(
          tr( "%1: entry %2 of compulsorySchoolUnitSalsaMetricList has no schoolUnitCode" )
              .arg( url )
              .arg( i ) );
      continue;
    }

    QHash<QString, DpkValueSeries> &school = result.schools[ code ];
    for ( const DpkIndicator &indicator : indicators )
    {
      if ( !isReadFrom( indicator, salsaResource() ) || !entry.contains( indicator.apiField ) )
        continue;
      result.fieldsFound.insert( indicator.apiField );
      const QJsonValue field = entry.value( indicator.apiField );
      if ( field.isNull() )
        continue;

      const DpkResult<DpkValue> value = valueOf( field.toObject() );
      if ( !value.isOk() )
      {
        result.problems.append( tr( "%1: school unit %2, %3: %4" )
                                    .arg( url, code, indicator.apiField, value.error() ) );
        continue;
      }
      school[ indicator.id ].insert( period.value(), value.value() );
    }
  }
  return DpkResult<SalsaValues>::success( result );
}
