#include "dpkqgisprofileinstaller.h"

#include "dpkheadlessqgis.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

DpkQgisProfileInstaller::DpkQgisProfileInstaller( const QString &profileFolder,
                                                  const QString &pluginFolder )
  : mProfileFolder( profileFolder )
  , mPluginFolder( pluginFolder )
{
}

QString DpkQgisProfileInstaller::defaultProfileFolder()
{
  return DpkHeadlessQgis::userProfileFolder();
}

QString DpkQgisProfileInstaller::defaultPluginFolder()
{
  return QDir::homePath() + QStringLiteral( "/.local/share/datapakarta/qgis-plugin" );
}

DpkResult<QString> DpkQgisProfileInstaller::install( const QString &modulePath ) const
{
  const QFileInfo module( modulePath );
  if ( !module.isFile() )
    return DpkResult<QString>::failure( tr( "%1: no plugin module there" ).arg( modulePath ) );
  // QGIS enables a plugin by its file name and loads it as a shared library: anything else in
  // the plugin folder would be offered as a broken plugin at every start.
  QFile moduleFile( modulePath );
  const bool sharedLibrary = module.suffix() == QLatin1String( "so" ) &&
                             moduleFile.open( QIODevice::ReadOnly ) &&
                             moduleFile.read( 4 ) == QByteArray( "\x7f"
                                                                 "ELF" );
  if ( !sharedLibrary )
  {
    return DpkResult<QString>::failure(
        tr( "%1: not a plugin module; expected the shared library libdatapakartaplugin.so "
            "from the build folder" )
            .arg( modulePath ) );
  }

  if ( !QDir().mkpath( mPluginFolder ) )
  {
    return DpkResult<QString>::failure(
        tr( "%1: the folder cannot be created" ).arg( mPluginFolder ) );
  }
  // Copy beside the target first, so a failed copy never leaves a broken module in place.
  const QString target = QDir( mPluginFolder ).filePath( module.fileName() );
  const QString partial = target + QStringLiteral( ".partial" );
  QFile::remove( partial );
  if ( !QFile::copy( module.absoluteFilePath(), partial ) )
    return DpkResult<QString>::failure( tr( "%1: the module cannot be written" ).arg( partial ) );
  QFile::remove( target );
  if ( !QFile::rename( partial, target ) )
    return DpkResult<QString>::failure( tr( "%1: the module cannot be written" ).arg( target ) );

  QSettings settings( QDir( mProfileFolder ).filePath( QStringLiteral( "QGIS/QGIS3.ini" ) ),
                      QSettings::IniFormat );
  QStringList searchPaths =
      settings.value( QStringLiteral( "plugins/searchPathsForPlugins" ) ).toStringList();
  if ( !searchPaths.contains( mPluginFolder ) )
    searchPaths.append( mPluginFolder );
  settings.setValue( QStringLiteral( "plugins/searchPathsForPlugins" ), searchPaths );
  settings.setValue( QStringLiteral( "Plugins/%1" ).arg( module.completeBaseName() ), true );
  settings.sync();
  if ( settings.status() != QSettings::NoError )
  {
    return DpkResult<QString>::failure(
        tr( "%1: the QGIS settings cannot be written" ).arg( settings.fileName() ) );
  }
  return DpkResult<QString>::success( target );
}
