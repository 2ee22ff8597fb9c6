#ifndef DPKQGISCOMPAT_H
#define DPKQGISCOMPAT_H

/*
 * Every QGIS call whose spelling differs between QGIS 3.22 (Debian 12) and later 3.x or 4.x
 * lives here, keyed on the QGIS version, so that the rest of the code reads the same on all.
 */

#include <qgsconfig.h>

#include <qgis.h>
#include <qgsfield.h>
#include <qgsmarkersymbollayer.h>
#include <qgsmessagelog.h>
#include <qgswkbtypes.h>

#include <QTextStream>

namespace DpkQgisCompat
{
//! The plugin's tag in the QGIS message log.
inline QString logTag()
{
  return QStringLiteral( "Data på karta" );
}

//! Writes \a message to the QGIS message log under the plugin's tag as a warning.
inline void logWarning( const QString &message )
{
  QgsMessageLog::logMessage( message, logTag(), Qgis::MessageLevel::Warning );
}

//! Writes \a message to the QGIS message log under the plugin's tag as information.
inline void logInfo( const QString &message )
{
  QgsMessageLog::logMessage( message, logTag(), Qgis::MessageLevel::Info );
}
//! The type of a geometry's WKB code: an enum of QgsWkbTypes before 3.30, of Qgis after.
#if _QGIS_VERSION_INT >= 33000
using WkbType = Qgis::WkbType;
#else
using WkbType = QgsWkbTypes::Type;
#endif

//! Returns a field named \a name of \a type; QgsField takes a QMetaType from 3.38 on.
inline QgsField makeField( const QString &name, QMetaType::Type type )
{
#if _QGIS_VERSION_INT >= 33800
  return QgsField( name, type );
#else
  return QgsField( name, static_cast<QVariant::Type>( type ) );
#endif
}

//! The simple marker shapes the plugin draws.
enum class MarkerShape
{
  Circle,
  Cross,
  Diamond,
};

//! Returns a new simple marker of \a shape and \a size; the shape enum moved to Qgis:: in 3.24.
inline QgsSimpleMarkerSymbolLayer *createSimpleMarker( MarkerShape shape, double size )
{
#if _QGIS_VERSION_INT >= 32400
  using Shape = Qgis::MarkerShape;
#else
  using Shape = QgsSimpleMarkerSymbolLayerBase::Shape;
#endif
  Shape qgisShape = Shape::Circle;
  if ( shape == MarkerShape::Cross )
    qgisShape = Shape::Cross2;
  else if ( shape == MarkerShape::Diamond )
    qgisShape = Shape::Diamond;
  return new QgsSimpleMarkerSymbolLayer( qgisShape, size );
}

//! Makes \a stream write UTF-8 whatever the locale; Qt 6 names encodings without QTextCodec.
inline void setUtf8( QTextStream &stream )
{
#if QT_VERSION >= QT_VERSION_CHECK( 6, 0, 0 )
  stream.setEncoding( QStringConverter::Utf8 );
#else
  stream.setCodec( "UTF-8" );
#endif
}
} // namespace DpkQgisCompat

#endif // DPKQGISCOMPAT_H
