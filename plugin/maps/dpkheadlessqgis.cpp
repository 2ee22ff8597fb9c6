#include "dpkheadlessqgis.h"

#include <qgsapplication.h>

#include <QSettings>
#include <QStandardPaths>

DpkHeadlessQgis::DpkHeadlessQgis( int &argc, char **argv, Profile profile )
{
  // Without a display Qt can still render maps and layouts through its off-screen platform.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );

  QString profileFolder = userProfileFolder();
  if ( profile == Profile::Throwaway )
  {
    mProfileDir = std::make_unique<QTemporaryDir>();
    profileFolder = mProfileDir->path();
  }
  // As the QGIS desktop does: settings are QGIS's own, in the profile's QGIS/QGIS3.ini, so that
  // its proxy and network settings apply and nothing lands in a folder of the program's name.
  QCoreApplication::setOrganizationName( QStringLiteral( "QGIS" ) );
  QCoreApplication::setApplicationName( QStringLiteral( "QGIS3" ) );
  QSettings::setDefaultFormat( QSettings::IniFormat );
  QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, profileFolder );
  mApplication = std::make_unique<QgsApplication>( argc, argv, false, profileFolder );

  const QString prefix = qEnvironmentVariableIsSet( "QGIS_PREFIX_PATH" )
                             ? qEnvironmentVariable( "QGIS_PREFIX_PATH" )
                             : QStringLiteral( DPK_QGIS_PREFIX );
  QgsApplication::setPrefixPath( prefix, true );
  QgsApplication::initQgis();
}

QString DpkHeadlessQgis::userProfileFolder()
{
  return QStandardPaths::writableLocation( QStandardPaths::GenericDataLocation ) +
         QStringLiteral( "/QGIS/QGIS3/profiles/default" );
}

DpkHeadlessQgis::~DpkHeadlessQgis()
{
  QgsApplication::exitQgis();
  mApplication.reset();
}
