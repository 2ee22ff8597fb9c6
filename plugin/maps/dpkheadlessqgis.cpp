#include "dpkheadlessqgis.h"

#include <qgsapplication.h>

DpkHeadlessQgis::DpkHeadlessQgis( int &argc, char **argv, Profile profile )
{
  // Without a display Qt can still render maps and layouts through its off-screen platform.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );

  QString profileFolder;
  if ( profile == Profile::Throwaway )
  {
    mProfileDir = std::make_unique<QTemporaryDir>();
    profileFolder = mProfileDir->path();
  }
  mApplication = std::make_unique<QgsApplication>( argc, argv, false, profileFolder );

  const QString prefix = qEnvironmentVariableIsSet( "QGIS_PREFIX_PATH" )
                             ? qEnvironmentVariable( "QGIS_PREFIX_PATH" )
                             : QStringLiteral( DPK_QGIS_PREFIX );
  QgsApplication::setPrefixPath( prefix, true );
  QgsApplication::initQgis();
}

DpkHeadlessQgis::~DpkHeadlessQgis()
{
  QgsApplication::exitQgis();
  mApplication.reset();
}
