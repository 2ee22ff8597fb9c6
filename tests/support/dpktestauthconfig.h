#ifndef DPKTESTAUTHCONFIG_H
#define DPKTESTAUTHCONFIG_H

#include <qgsapplication.h>
#include <qgsauthconfig.h>
#include <qgsauthmanager.h>

#include <QString>
#include <QUuid>

#include <gtest/gtest.h>

/**
 * \brief A Basic authentication configuration that a test stored in QGIS's authentication
 * database of its throwaway profile, with the credentials it holds.
 */
struct DpkTestAuthConfig
{
  QString id;       //!< The id QGIS gave the configuration: what a run stores.
  QString userName; //!< The user name stored in the configuration.
  QString password; //!< The password stored in the configuration.

  //! Returns the user name and password as Basic authentication encodes them, worked out here.
  QByteArray encodedCredentials() const
  {
    return ( userName + QLatin1Char( ':' ) + password ).toUtf8().toBase64();
  }

  //! Returns the Authorization header that these credentials make.
  QString basicAuthorization() const
  {
    return QStringLiteral( "Basic " ) + QString::fromLatin1( encodedCredentials() );
  }

  /**
   * Stores a new Basic configuration with a user name and password of its own, setting the
   * database's master password first. The calling test fails when QGIS refuses.
   */
  static DpkTestAuthConfig storeBasic()
  {
    QgsAuthManager *authManager = QgsApplication::authManager();
    EXPECT_FALSE( authManager->isDisabled() ) << authManager->disabledMessage().toStdString();
    // The first call stores the password's hash in the throwaway database; later calls check it.
    EXPECT_TRUE( authManager->setMasterPassword( QStringLiteral( "dpk-test-master" ), true ) )
        << "QGIS refused the test master password for "
        << authManager->authenticationDatabasePath().toStdString();

    // Fresh values each time, so that no test can pass on another test's credentials.
    const QString unique = QUuid::createUuid().toString( QUuid::Id128 ).left( 12 );
    DpkTestAuthConfig stored;
    stored.userName = QStringLiteral( "skolkontor-%1" ).arg( unique );
    stored.password = QStringLiteral( "hemligt:%1/ÅÄÖ" ).arg( unique );

    QgsAuthMethodConfig config( QStringLiteral( "Basic" ) );
    config.setName( QStringLiteral( "Data på karta test %1" ).arg( unique ) );
    config.setConfig( QStringLiteral( "username" ), stored.userName );
    config.setConfig( QStringLiteral( "password" ), stored.password );
    EXPECT_TRUE( authManager->storeAuthenticationConfig( config ) )
        << "QGIS did not store the Basic configuration in "
        << authManager->authenticationDatabasePath().toStdString();
    stored.id = config.id();
    EXPECT_FALSE( stored.id.isEmpty() );
    return stored;
  }
};

#endif // DPKTESTAUTHCONFIG_H
