#include "dpkrunconfig.h"

#include "dpkjsonposition.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace
{
//! Reads one JSON object's keys, collecting the first error and the keys nobody asked for.
class ObjectReader
{
  Q_DECLARE_TR_FUNCTIONS( DpkRunConfig )

public:
  ObjectReader( const QJsonObject &object, const QString &path, QString &error,
                QStringList &unknownKeys, bool placeholders )
    : mObject( object )
    , mPath( path )
    , mError( error )
    , mUnknownKeys( unknownKeys )
    , mPlaceholders( placeholders )
  {
  }

  ~ObjectReader()
  {
    for ( auto it = mObject.constBegin(); it != mObject.constEnd(); ++it )
    {
      if ( !mKnown.contains( it.key() ) )
        mUnknownKeys.append( keyPath( it.key() ) );
    }
  }

  QString keyPath( const QString &key ) const
  {
    return mPath.isEmpty() ? key : mPath + QLatin1Char( '.' ) + key;
  }

  bool has( const QString &key )
  {
    mKnown.insert( key );
    return mObject.contains( key ) && !mObject.value( key ).isNull();
  }

  QString string( const QString &key, bool required )
  {
    if ( !has( key ) )
    {
      if ( required )
        fail( key, tr( "a text" ), tr( "nothing" ) );
      return QString();
    }
    const QJsonValue value = mObject.value( key );
    // In a template, "" is a placeholder that the user fills in later.
    const bool placeholder = mPlaceholders && value.isString();
    if ( !value.isString() || ( value.toString().trimmed().isEmpty() && !placeholder ) )
      fail( key, tr( "a non-empty text" ), describe( value ) );
    return value.toString().trimmed();
  }

  QStringList stringList( const QString &key )
  {
    QStringList result;
    if ( !has( key ) )
    {
      fail( key, tr( "a list of indicator ids" ), tr( "nothing" ) );
      return result;
    }
    const QJsonValue value = mObject.value( key );
    if ( !value.isArray() || value.toArray().isEmpty() )
    {
      fail( key, tr( "a non-empty list of indicator ids" ), describe( value ) );
      return result;
    }
    for ( const QJsonValue item : value.toArray() )
    {
      if ( !item.isString() )
      {
        fail( key, tr( "a list of indicator ids" ), describe( item ) );
        return result;
      }
      // Each id makes its own tables and layers, so an id named twice has no meaning.
      if ( result.contains( item.toString() ) )
      {
        fail( key, tr( "a list of different indicator ids" ),
              tr( "\"%1\" twice" ).arg( item.toString() ) );
        return result;
      }
      result.append( item.toString() );
    }
    return result;
  }

  bool boolean( const QString &key, bool defaultValue )
  {
    if ( !has( key ) )
      return defaultValue;
    const QJsonValue value = mObject.value( key );
    if ( !value.isBool() )
      fail( key, tr( "true or false" ), describe( value ) );
    return value.toBool( defaultValue );
  }

  QJsonObject object( const QString &key, bool required )
  {
    if ( !has( key ) )
    {
      if ( required )
        fail( key, tr( "an object" ), tr( "nothing" ) );
      return QJsonObject();
    }
    const QJsonValue value = mObject.value( key );
    if ( !value.isObject() )
      fail( key, tr( "an object" ), describe( value ) );
    return value.toObject();
  }

  void fail( const QString &key, const QString &expected, const QString &found )
  {
    if ( mError.isEmpty() )
    {
      mError = tr( "key '%1': expected %2, found %3" ).arg( keyPath( key ), expected, found );
    }
  }

  static QString describe( const QJsonValue &value )
  {
    switch ( value.type() )
    {
    case QJsonValue::String:
      return QStringLiteral( "\"%1\"" ).arg( value.toString() );
    case QJsonValue::Double:
      return QString::number( value.toDouble() );
    case QJsonValue::Bool:
      return value.toBool() ? QStringLiteral( "true" ) : QStringLiteral( "false" );
    case QJsonValue::Array:
      return value.toArray().isEmpty() ? tr( "an empty list" ) : tr( "a list" );
    case QJsonValue::Object:
      return tr( "an object" );
    case QJsonValue::Null:
    case QJsonValue::Undefined:
      break;
    }
    return tr( "nothing" );
  }

private:
  QJsonObject mObject;
  QString mPath;
  QString &mError;
  QStringList &mUnknownKeys;
  bool mPlaceholders = false;
  QSet<QString> mKnown;
};

DpkSourceConfig readSource( const QJsonObject &object, const QString &path, QString &error,
                            QStringList &unknownKeys, bool placeholders )
{
  ObjectReader reader( object, path, error, unknownKeys, placeholders );
  DpkSourceConfig source;
  const QString type = reader.string( QStringLiteral( "type" ), true );
  if ( type == DpkRunConfig::sourceTypeKey( DpkSourceConfig::Type::SkolverketApi ) )
  {
    source.type = DpkSourceConfig::Type::SkolverketApi;
    source.baseUrl = reader.string( QStringLiteral( "baseUrl" ), true );
    source.cacheDir = reader.string( QStringLiteral( "cacheDir" ), false );
    source.authcfg = reader.string( QStringLiteral( "authcfg" ), false );
  }
  else if ( type == DpkRunConfig::sourceTypeKey( DpkSourceConfig::Type::SkolverketExport ) )
  {
    source.type = DpkSourceConfig::Type::SkolverketExport;
    source.path = reader.string( QStringLiteral( "path" ), true );
  }
  else if ( type == DpkRunConfig::sourceTypeKey( DpkSourceConfig::Type::PointLayer ) )
  {
    source.type = DpkSourceConfig::Type::PointLayer;
    source.path = reader.string( QStringLiteral( "path" ), true );
    source.layerName = reader.string( QStringLiteral( "layer" ), false );
    source.codeField = reader.string( QStringLiteral( "codeField" ), true );
  }
  else if ( !type.isEmpty() )
  {
    reader.fail( QStringLiteral( "type" ),
                 QStringLiteral( "\"skolverket-export\", \"skolverket-api\" or \"point-layer\"" ),
                 QStringLiteral( "\"%1\"" ).arg( type ) );
  }
  return source;
}

DpkLayoutConfig readLayout( const QJsonObject &object, QString &error, QStringList &unknownKeys )
{
  ObjectReader reader( object, QStringLiteral( "layout" ), error, unknownKeys, false );
  DpkLayoutConfig layout;
  if ( reader.has( QStringLiteral( "template" ) ) )
  {
    const QJsonValue value = object.value( QStringLiteral( "template" ) );
    layout.templateName = value.toString().trimmed();
    if ( !value.isString() || layout.templateName.isEmpty() )
      reader.fail( QStringLiteral( "template" ),
                   ObjectReader::tr( "the name of a built-in or organisation layout template, "
                                     "or the path of a .qpt file" ),
                   ObjectReader::describe( value ) );
  }
  layout.atlas = reader.boolean( QStringLiteral( "atlas" ), false );
  layout.png = reader.boolean( QStringLiteral( "png" ), false );
  return layout;
}
} // namespace

DpkResult<DpkRunConfig> DpkRunConfig::fromJson( const QByteArray &json, const QString &origin,
                                                QStringList *unknownKeys )
{
  return read( json, origin, unknownKeys, false );
}

DpkResult<DpkRunConfig> DpkRunConfig::fromTemplateJson( const QByteArray &json,
                                                        const QString &origin )
{
  return read( json, origin, nullptr, true );
}

QStringList DpkRunConfig::placeholders() const
{
  QStringList keys;
  const auto need = [ &keys ]( const QString &value, const QString &key )
  {
    if ( value.isEmpty() )
      keys << key;
  };
  need( municipality, QStringLiteral( "municipality" ) );
  const QList<QPair<const DpkSourceConfig *, QString>> sources{
      { &results, QStringLiteral( "results" ) }, { &schools, QStringLiteral( "schools" ) } };
  for ( const auto &source : sources )
  {
    if ( source.first->type == DpkSourceConfig::Type::SkolverketApi )
      need( source.first->baseUrl, source.second + QStringLiteral( ".baseUrl" ) );
    else
      need( source.first->path, source.second + QStringLiteral( ".path" ) );
    if ( source.first->type == DpkSourceConfig::Type::PointLayer )
      need( source.first->codeField, source.second + QStringLiteral( ".codeField" ) );
  }
  if ( hasAreas )
  {
    need( areas.path, QStringLiteral( "areas.path" ) );
    need( areas.codeField, QStringLiteral( "areas.codeField" ) );
  }
  need( outputDir, QStringLiteral( "output.dir" ) );
  need( outputName, QStringLiteral( "output.name" ) );
  return keys;
}

QString DpkRunConfig::defaultSourceName()
{
  return QStringLiteral( "Skolverket" );
}

QString DpkRunConfig::effectiveSourceName() const
{
  return sourceName.isEmpty() ? defaultSourceName() : sourceName;
}

DpkResult<DpkRunConfig> DpkRunConfig::read( const QByteArray &json, const QString &origin,
                                            QStringList *unknownKeys, bool placeholders )
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( json, &parseError );
  if ( parseError.error != QJsonParseError::NoError || !document.isObject() )
  {
    const QString reason = parseError.error != QJsonParseError::NoError
                               ? parseError.errorString()
                               : tr( "the document is not a JSON object" );
    return DpkResult<DpkRunConfig>::failure(
        tr( "%1:%2: not a run configuration: %3" )
            .arg( origin, dpkJsonPosition( json, parseError.offset ), reason ) );
  }

  QString error;
  QStringList unknown;
  DpkRunConfig config;
  {
    ObjectReader reader( document.object(), QString(), error, unknown, placeholders );
    config.municipality = reader.string( QStringLiteral( "municipality" ), true );
    static const QRegularExpression municipalityCode( QStringLiteral( "^\\d{4}$" ) );
    if ( error.isEmpty() && !( placeholders && config.municipality.isEmpty() ) &&
         !municipalityCode.match( config.municipality ).hasMatch() )
    {
      reader.fail( QStringLiteral( "municipality" ),
                   tr( "a kommunkod of 4 digits such as \"0180\"" ),
                   QStringLiteral( "\"%1\"" ).arg( config.municipality ) );
    }

    config.municipalityName = reader.string( QStringLiteral( "municipalityName" ), false );

    const QString period = reader.string( QStringLiteral( "period" ), false );
    if ( !period.isEmpty() && period != QLatin1String( "latest" ) )
    {
      const DpkResult<DpkPeriod> parsed = DpkPeriod::parse( period );
      if ( parsed.isOk() )
        config.period = parsed.value();
      else
        reader.fail( QStringLiteral( "period" ), tr( "a school year such as \"2024/25\"" ),
                     QStringLiteral( "\"%1\"" ).arg( period ) );
    }

    config.indicators = reader.stringList( QStringLiteral( "indicators" ) );
    config.results = readSource( reader.object( QStringLiteral( "results" ), true ),
                                 QStringLiteral( "results" ), error, unknown, placeholders );
    config.schools = readSource( reader.object( QStringLiteral( "schools" ), true ),
                                 QStringLiteral( "schools" ), error, unknown, placeholders );

    const QJsonObject areas = reader.object( QStringLiteral( "areas" ), false );
    config.hasAreas = reader.has( QStringLiteral( "areas" ) );
    if ( config.hasAreas )
    {
      ObjectReader areaReader( areas, QStringLiteral( "areas" ), error, unknown, placeholders );
      config.areas.path = areaReader.string( QStringLiteral( "path" ), true );
      config.areas.layerName = areaReader.string( QStringLiteral( "layer" ), false );
      config.areas.codeField = areaReader.string( QStringLiteral( "codeField" ), true );
      config.areas.nameField = areaReader.string( QStringLiteral( "nameField" ), false );
      if ( config.areas.nameField.isEmpty() )
        config.areas.nameField = config.areas.codeField;
    }

    ObjectReader outputReader( reader.object( QStringLiteral( "output" ), true ),
                               QStringLiteral( "output" ), error, unknown, placeholders );
    config.outputDir = outputReader.string( QStringLiteral( "dir" ), true );
    config.outputName = outputReader.string( QStringLiteral( "name" ), true );
    // The name makes file names inside output.dir: it must not lead out of that folder.
    static const QRegularExpression fileName( QStringLiteral( "^(?!\\.\\.?$)[^/\\\\]+$" ) );
    if ( error.isEmpty() && !( placeholders && config.outputName.isEmpty() ) &&
         !fileName.match( config.outputName ).hasMatch() )
    {
      outputReader.fail( QStringLiteral( "name" ),
                         tr( "a file name without folders, such as \"stockholm-2024-25\"" ),
                         QStringLiteral( "\"%1\"" ).arg( config.outputName ) );
    }

    config.sourceName = reader.string( QStringLiteral( "source" ), false );

    const QJsonObject layout = reader.object( QStringLiteral( "layout" ), false );
    config.hasLayout = reader.has( QStringLiteral( "layout" ) );
    if ( config.hasLayout )
      config.layout = readLayout( layout, error, unknown );
  }

  if ( !error.isEmpty() )
    return DpkResult<DpkRunConfig>::failure( QStringLiteral( "%1: %2" ).arg( origin, error ) );
  if ( unknownKeys )
    *unknownKeys = unknown;
  return DpkResult<DpkRunConfig>::success( config );
}

QJsonObject DpkRunConfig::toJson() const
{
  const auto sourceJson = []( const DpkSourceConfig &source )
  {
    QJsonObject object{ { QStringLiteral( "type" ), sourceTypeKey( source.type ) } };
    if ( source.type == DpkSourceConfig::Type::SkolverketExport )
    {
      object.insert( QStringLiteral( "path" ), source.path );
      return object;
    }
    if ( source.type == DpkSourceConfig::Type::PointLayer )
    {
      object.insert( QStringLiteral( "path" ), source.path );
      if ( !source.layerName.isEmpty() )
        object.insert( QStringLiteral( "layer" ), source.layerName );
      object.insert( QStringLiteral( "codeField" ), source.codeField );
      return object;
    }
    object.insert( QStringLiteral( "baseUrl" ), source.baseUrl );
    if ( !source.cacheDir.isEmpty() )
      object.insert( QStringLiteral( "cacheDir" ), source.cacheDir );
    if ( !source.authcfg.isEmpty() )
      object.insert( QStringLiteral( "authcfg" ), source.authcfg );
    return object;
  };

  QJsonObject json;
  json.insert( QStringLiteral( "municipality" ), municipality );
  if ( !municipalityName.isEmpty() )
    json.insert( QStringLiteral( "municipalityName" ), municipalityName );
  json.insert( QStringLiteral( "period" ),
               period.isValid() ? period.toString() : QStringLiteral( "latest" ) );
  json.insert( QStringLiteral( "indicators" ), QJsonArray::fromStringList( indicators ) );
  json.insert( QStringLiteral( "results" ), sourceJson( results ) );
  json.insert( QStringLiteral( "schools" ), sourceJson( schools ) );
  if ( hasAreas )
  {
    QJsonObject areaJson{ { QStringLiteral( "path" ), areas.path },
                          { QStringLiteral( "codeField" ), areas.codeField },
                          { QStringLiteral( "nameField" ), areas.nameField } };
    if ( !areas.layerName.isEmpty() )
      areaJson.insert( QStringLiteral( "layer" ), areas.layerName );
    json.insert( QStringLiteral( "areas" ), areaJson );
  }
  json.insert( QStringLiteral( "output" ),
               QJsonObject{ { QStringLiteral( "dir" ), outputDir },
                            { QStringLiteral( "name" ), outputName } } );
  if ( !sourceName.isEmpty() )
    json.insert( QStringLiteral( "source" ), sourceName );
  if ( hasLayout )
  {
    json.insert( QStringLiteral( "layout" ),
                 QJsonObject{ { QStringLiteral( "template" ), layout.templateName },
                              { QStringLiteral( "atlas" ), layout.atlas },
                              { QStringLiteral( "png" ), layout.png } } );
  }
  return json;
}

DpkRunConfig DpkRunConfig::rebased( const QString &fromFolder, const QString &toFolder ) const
{
  const QDir from( fromFolder );
  const QDir to( toFolder );
  const auto rebase = [ &from, &to ]( QString &path )
  {
    if ( path.isEmpty() || QDir::isAbsolutePath( path ) )
      return;
    path = to.relativeFilePath( from.absoluteFilePath( path ) );
    if ( path.isEmpty() )
      path = QStringLiteral( "." );
  };

  DpkRunConfig config = *this;
  for ( DpkSourceConfig *source : { &config.results, &config.schools } )
  {
    rebase( source->path );
    rebase( source->cacheDir );
  }
  if ( config.hasAreas )
    rebase( config.areas.path );
  rebase( config.outputDir );
  // A built-in template is a name, not a path.
  if ( config.hasLayout &&
       config.layout.templateName.endsWith( QLatin1String( ".qpt" ), Qt::CaseInsensitive ) )
    rebase( config.layout.templateName );
  return config;
}

QString DpkRunConfig::sourceTypeKey( DpkSourceConfig::Type type )
{
  switch ( type )
  {
  case DpkSourceConfig::Type::SkolverketApi:
    return QStringLiteral( "skolverket-api" );
  case DpkSourceConfig::Type::PointLayer:
    return QStringLiteral( "point-layer" );
  case DpkSourceConfig::Type::SkolverketExport:
    break;
  }
  return QStringLiteral( "skolverket-export" );
}
