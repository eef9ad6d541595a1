# issue 17: the class server (slate server, slate sync, and what learners see)
server-bad-address = Ten adres serwera jest niepoprawny ({ $reason }). Powinien wyglądać tak: postgres://UŻYTKOWNIK:HASŁO@SERWER/BAZA.
server-address-needs-host-and-database = potrzebny jest serwer i nazwa bazy danych
server-unreachable = Slate nie może połączyć się z serwerem klasy pod adresem { $address }. Sprawdź, czy serwer działa i czy adres jest poprawny; do tego czasu praca jest zapisywana na tym komputerze.
server-password = Serwer klasy pod adresem { $address } nie przyjął hasła użytkownika „{ $user }”. Sprawdź nazwę użytkownika i hasło w adresie.
server-no-database = Serwer klasy nie ma bazy danych o nazwie „{ $database }” ({ $address }). Sprawdź nazwę na końcu adresu.
server-not-set-up = Ta baza danych nie jest jeszcze przygotowana dla Slate. Technik uruchamia na niej raz `slate server init URL`.
server-newer = Serwer klasy przygotowała nowsza wersja Slate (wersja schematu { $found }; ta wersja Slate zna najwyżej { $known }). Zaktualizuj Slate na tym komputerze.
server-older = Serwer klasy trzeba zaktualizować (wersja schematu { $found }; ta wersja Slate potrzebuje { $known }). Technik uruchamia `slate server init URL`, żeby go zaktualizować.
server-no-site = To konto nie należy do żadnej placówki, a serwer ma { $sites }. Podaj, do której: `slate server connect URL --site NAZWA`.
server-unknown-site = Serwer klasy nie ma placówki o nazwie „{ $site }”. `slate server init URL --site NAZWA` ją dodaje.
server-not-allowed = Serwer klasy nie pozwolił na to temu kontu ({ $reason }). Konta komputerów w pracowni mogą tylko dodawać uczniów i zapisywać ich pracę; użyj konta nauczyciela.
server-closed = Serwer klasy zamknął połączenie (może został uruchomiony ponownie). Praca jest zapisywana na tym komputerze; spróbuj za chwilę.
server-timed-out = Serwer klasy zbyt długo nie odpowiadał. Praca jest zapisywana na tym komputerze.
server-garbage = Serwer klasy przysłał coś, czego Slate nie może użyć ({ $reason }). Na tym komputerze nic nie zmieniono. Sprawdź, czy adres wskazuje serwer Slate.
server-database = Serwer klasy zgłosił problem: { $reason }
server-config = { $file }, wiersz { $line }, kolumna { $column }: { $reason }. `slate server connect URL` zapisuje nowy plik.
server-config-not-utf8 = plik nie jest tekstem UTF-8
server-config-format = ten plik ma format { $found }, a ta wersja Slate czyta format { $known }
server-config-cannot-save = Slate nie może zapisać ustawień serwera w { $file }: { $error }
server-site-name = Nazwa placówki musi mieć od 1 do 100 znaków, na przykład --site "Szkoła na Wzgórzu".
server-init-created = Przygotowano tabele Slate na { $address } (wersja schematu { $version }).
server-init-upgraded = Zaktualizowano tabele Slate na { $address } z wersji { $from } do { $version }.
server-init-current = Tabele Slate na { $address } są aktualne (wersja schematu { $version }).
server-init-site = Placówka: „{ $site }”.
server-init-roles-made = Utworzono konta placówki. Przechowuj te adresy bezpiecznie: każdy zawiera hasło.
server-role-lab = Komputery w pracowni
server-role-teacher = Nauczyciele
server-init-roles-next = Na każdym komputerze: slate server connect ADRES (adres pracowni na komputerach w pracowni, adres nauczycieli na ich komputerach).
server-init-roles-sql = Aby utworzyć konta placówki, uruchom ten SQL jako użytkownik, który może tworzyć role (albo uruchom to polecenie ponownie z --create-roles):
server-connected = Ten komputer używa teraz serwera klasy { $address } (placówka „{ $site }”). Ustawienia zapisano w { $file }.
server-connected-offline = Ustawienia serwera zapisano w { $file }, ale teraz nie można połączyć się z serwerem. Ten komputer pracuje bez połączenia i zsynchronizuje się, gdy będzie mógł.
server-none = Ten komputer nie używa serwera klasy. `slate server connect URL` go ustawia.
server-status-reachable = Można połączyć się z serwerem klasy { $address } (placówka „{ $site }”).
server-status-waiting = { $count ->
    [0] Nic nie czeka na wysłanie.
    [one] 1 zmiana czeka na wysłanie.
    [few] { $count } zmiany czekają na wysłanie.
   *[other] { $count } zmian czeka na wysłanie.
}
server-sync-sent = { $count ->
    [one] Wysłano 1 zmianę do { $address }.
    [few] Wysłano { $count } zmiany do { $address }.
   *[other] Wysłano { $count } zmian do { $address }.
}
server-sync-forgotten = { $count ->
    [one] 1 uczeń został zapomniany na wszystkich komputerach, więc także tutaj.
   *[other] Zapomniano { $count } uczniów na wszystkich komputerach, więc także tutaj.
}
server-sync-pack = Pobrano pakiet „{ $id }”, wersja { $version }.
server-sync-all-sent = Wszystko jest na serwerze.
pack-publish-not-sound = Pakietu nie opublikowano: najpierw popraw problemy wymienione powyżej.
pack-published = Opublikowano „{ $title }” ({ $id }, wersja { $version }) w placówce „{ $site }”. Każdy komputer pobierze go przy następnej synchronizacji.
pack-publish-unreadable = Slate nie może przeczytać { $file }: { $error }
pack-publish-too-big = Pakiet ma więcej niż { $limit } MB, za dużo, by go opublikować.
pack-publish-not-text = { $file } nie jest tekstem (UTF-8), a publikować można tylko pliki tekstowe.
learner-forgotten-everywhere = Zapomniano { $who } na serwerze klasy i tutaj. Pozostałe komputery zapomną przy następnej synchronizacji.
report-this-computer-only = Ten raport pokazuje tylko postępy z tego komputera.
tutor-changed-elsewhere = { $count ->
    [one] Zmieniłeś też { $exercises } na innym komputerze. Tu jest nowsza wersja; druga jest w folderze historii.
   *[other] Zmieniłeś też { $exercises } na innym komputerze. Tu są nowsze wersje; pozostałe są w folderze historii.
}
tutor-working-offline = praca bez połączenia
tutor-working-offline-long = Praca bez połączenia: twoja praca jest zapisana na tym komputerze i trafi na serwer klasy, gdy będzie dostępny.
plain-many-learners = Jest tu { $count } uczniów. Wpisz swoje imię albo jego pierwsze litery i naciśnij Enter. Wpisz +, aby dodać siebie, albo 0, aby wyjść.
plain-type-more = Z „{ $typed }” zaczyna się { $count } imion. Wpisz więcej liter swojego imienia.
server-status-encrypted = Połączenie jest szyfrowane (TLS).
server-status-not-encrypted = Połączenie nie jest szyfrowane: serwer nie oferuje TLS (zobacz docs/class-server.md).
learner-list-this-computer-only = Ta lista pokazuje tylko uczniów z tego komputera.
server-address-needed = Podaj adres serwera klasy, postgres://UŻYTKOWNIK:HASŁO@SERWER/BAZA, albo ustaw go w SLATE_SERVER.
who-typed-none = Żadne imię nie zaczyna się od „{ $text }”. Backspace to zmienia; Enter dodaje cię jako nowego ucznia.
key-show-everyone = Wszyscy
server-sent-later = Zapisano na tym komputerze; jeszcze nie ma tego na serwerze klasy, a `slate sync` wyśle to później. ({ $reason })
server-garbage-too-long = wartość o długości { $bytes } bajtów, dłuższa niż cokolwiek, co zapisuje Slate
server-garbage-bad-name = nazwa lub id za długie albo ze znakami sterującymi
server-garbage-too-much = więcej niż { $megabytes } MB naraz
server-garbage-too-many-rows = więcej niż { $rows } wierszy naraz
server-site-accounts-taken = Konta placówki „{ $site }” miałyby te same nazwy co konta placówki „{ $other }”, bo nazwy różnią się tylko wielkością liter, spacjami lub znakami interpunkcyjnymi. Wybierz nazwę z innymi literami lub cyframi.
